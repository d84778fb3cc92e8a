package io.algomoex.system;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback Telegram Bot API: {@code POST /bot<token>/<method>} with a JSON body, answered
 * {@code {"ok":true,"result":...}} as core.telegram.org/bots/api "Making requests" describes; {@code sendMessage}
 * returns a Message (#message), {@code getUpdates} long-polls the Updates a test queued (#getupdates, #update,
 * #callbackquery). Messages are recorded with their chat, text and inline keyboard.
 */
final class FakeTelegram implements AutoCloseable {

    static final String TOKEN = "123456:system-test-token";

    record Sent(long chatId, String text, JsonNode replyMarkup) {
        /** The {@code callback_data} of the button whose label starts with {@code label}. */
        String button(String label) {
            for (JsonNode row : replyMarkup.path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asString("").startsWith(label)) {
                        return button.path("callback_data").asString();
                    }
                }
            }
            throw new IllegalStateException("no button '" + label + "' under: " + text);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<JsonNode> updates = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final Clock clock;

    FakeTelegram(Clock clock) throws IOException {
        this.clock = clock;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    List<String> texts(long chatId) {
        return sent.stream().filter(m -> m.chatId() == chatId).map(Sent::text).toList();
    }

    /** A user writes {@code text} (a bot command) in the chat. */
    void userWrites(long chatId, long userId, String text) {
        String command = text.split(" ")[0];
        queue(Map.of(
                "message",
                Map.of(
                        "message_id", ids.incrementAndGet(),
                        "from", user(userId),
                        "chat", Map.of("id", chatId, "type", "private"),
                        "date", clock.instant().getEpochSecond(),
                        "text", text,
                        "entities", List.of(Map.of("offset", 0, "length", command.length(), "type", "bot_command")))));
    }

    /** A user presses an inline button whose {@code callback_data} is {@code data}. */
    void userPresses(long chatId, long userId, String data) {
        queue(Map.of(
                "callback_query",
                Map.of(
                        "id",
                        Long.toString(ids.incrementAndGet()),
                        "from",
                        user(userId),
                        "message",
                        Map.of(
                                "message_id", ids.incrementAndGet(),
                                "chat", Map.of("id", chatId, "type", "private"),
                                "date", clock.instant().getEpochSecond(),
                                "text", "confirmation"),
                        "chat_instance",
                        "1",
                        "data",
                        data)));
    }

    private static Map<String, Object> user(long userId) {
        return Map.of("id", userId, "is_bot", false, "first_name", "Trader");
    }

    private synchronized void queue(Map<String, Object> update) {
        Map<String, Object> withId = new java.util.LinkedHashMap<>(update);
        withId.put("update_id", ids.incrementAndGet());
        updates.add(json.valueToTree(withId));
        notifyAll();
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            return reply(401, Map.of("ok", false, "error_code", 401, "description", "Unauthorized"));
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        JsonNode body = request.getBody() == null || request.getBody().size() == 0
                ? json.createObjectNode()
                : json.readTree(request.getBody().utf8());
        return switch (method) {
            case "sendMessage" -> sendMessage(body);
            case "getUpdates" -> getUpdates(body);
            default -> reply(200, Map.of("ok", true, "result", true));
        };
    }

    private MockResponse sendMessage(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        String text = body.path("text").asString("");
        sent.add(new Sent(chatId, text, body.path("reply_markup")));
        return reply(
                200,
                Map.of(
                        "ok",
                        true,
                        "result",
                        Map.of(
                                "message_id", ids.incrementAndGet(),
                                "from", Map.of("id", 123456, "is_bot", true, "first_name", "algomoex"),
                                "chat", Map.of("id", chatId, "type", "private"),
                                "date", clock.instant().getEpochSecond(),
                                "text", text)));
    }

    private synchronized MockResponse getUpdates(JsonNode body) throws InterruptedException {
        long offset = body.path("offset").asLong(0);
        long waitMillis =
                TimeUnit.SECONDS.toMillis(Math.min(body.path("timeout").asLong(0), 2));
        long deadline = System.currentTimeMillis() + waitMillis;
        updates.removeIf(update -> update.path("update_id").asLong() < offset);
        while (updates.isEmpty() && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        return reply(200, Map.of("ok", true, "result", List.copyOf(updates)));
    }

    private MockResponse reply(int code, Object body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(json.writeValueAsString(body))
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
