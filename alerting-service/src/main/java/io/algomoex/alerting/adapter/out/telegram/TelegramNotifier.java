package io.algomoex.alerting.adapter.out.telegram;

import io.algomoex.alerting.application.port.Notifier;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends messages with sendMessage in HTML parse mode, cut to 4096 characters, within Telegram's flood limits. Link
 * previews are off: alert links point at our own services and a preview card would only add noise.
 */
public class TelegramNotifier implements Notifier {

    private final TelegramApi api;
    private final TelegramRateLimits limits;
    private final Duration timeout;

    TelegramNotifier(TelegramApi api, TelegramRateLimits limits, Duration timeout) {
        this.api = api;
        this.limits = limits;
        this.timeout = timeout;
    }

    @Override
    public void send(long chatId, String html) {
        limits.acquire(chatId);
        api.call("sendMessage", message(chatId, html), timeout);
    }

    @Override
    public void sendWithButtons(long chatId, String html, List<Button> buttons) {
        Map<String, Object> body = message(chatId, html);
        body.put(
                "reply_markup",
                Map.of(
                        "inline_keyboard",
                        List.of(buttons.stream()
                                .map(button -> Map.of("text", button.label(), "callback_data", button.data()))
                                .toList())));
        limits.acquire(chatId);
        api.call("sendMessage", body, timeout);
    }

    private static Map<String, Object> message(long chatId, String html) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", chatId);
        body.put("text", TelegramText.cut(html));
        body.put("parse_mode", "HTML");
        body.put("link_preview_options", Map.of("is_disabled", true));
        return body;
    }
}
