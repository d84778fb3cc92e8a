package io.algomoex.alerting.adapter.out.telegram;

import io.algomoex.alerting.application.port.ChatUpdates;
import io.algomoex.alerting.domain.BotUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Long polling with getUpdates (core.telegram.org/bots/api#getupdates): {@code offset} confirms everything before it,
 * {@code timeout} is the long-poll wait in seconds, and only messages and button presses are asked for.
 */
public class TelegramChatUpdates implements ChatUpdates {

    /** Headroom over the long-poll wait for the answer to travel back. */
    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(10);

    private final TelegramApi api;
    private final Duration callTimeout;

    TelegramChatUpdates(TelegramApi api, Duration callTimeout) {
        this.api = api;
        this.callTimeout = callTimeout;
    }

    @Override
    public List<BotUpdate> poll(long offset, Duration timeout) {
        Map<String, Object> body = Map.of(
                "offset",
                offset,
                "timeout",
                Math.max(0, timeout.toSeconds()),
                "allowed_updates",
                List.of("message", "callback_query"));
        JsonNode result = api.call("getUpdates", body, timeout.plus(ANSWER_MARGIN));
        List<BotUpdate> updates = new ArrayList<>();
        for (JsonNode update : result) {
            updates.add(toUpdate(update));
        }
        return updates;
    }

    @Override
    public void answerButton(String callbackId, String text) {
        api.call("answerCallbackQuery", Map.of("callback_query_id", callbackId, "text", text), callTimeout);
    }

    private static BotUpdate toUpdate(JsonNode update) {
        long id = update.path("update_id").asLong();
        JsonNode message = update.path("message");
        if (message.isObject() && message.path("text").isString()) {
            return new BotUpdate.Message(
                    id,
                    message.path("chat").path("id").asLong(),
                    message.path("from").path("id").asLong(0),
                    message.path("text").asString());
        }
        JsonNode callback = update.path("callback_query");
        // The message of a callback query is absent for inline-mode messages; the bot never sends those.
        if (callback.isObject()
                && callback.path("message").isObject()
                && callback.path("data").isString()) {
            return new BotUpdate.ButtonPress(
                    id,
                    callback.path("id").asString(),
                    callback.path("message").path("chat").path("id").asLong(),
                    callback.path("from").path("id").asLong(0),
                    callback.path("data").asString());
        }
        return new BotUpdate.Other(id);
    }
}
