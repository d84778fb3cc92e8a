package io.algomoex.alerting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback Telegram Bot API on MockWebServer. It records every call with the time it arrived, serves queued
 * updates to getUpdates like Telegram does (an offset confirms everything before it), and can be told to answer
 * sendMessage with 429 or 500, or getUpdates with 409. Answers come from the fixtures in
 * {@code src/test/resources/telegram} (sources in the README there).
 */
final class FakeTelegramBotApi implements AutoCloseable {

    static final String TOKEN = "123456:TEST-TOKEN-never-logged";
    /** A message containing this is refused with 400, as Telegram refuses a message it cannot deliver. */
    static final String REFUSE = "refuse-this-message";

    private final JsonMapper json = JsonMapper.builder().build();
    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> pendingUpdates = new ArrayList<>();
    private final AtomicLong nextUpdateId = new AtomicLong(1000);
    private final AtomicInteger messageIds = new AtomicInteger(1);
    private volatile String tooManyRequestsFor;
    private volatile boolean down;
    private volatile boolean conflict;
    private volatile boolean updatesFlooded;
    private volatile long lastOffset;

    /**
     * One recorded call.
     *
     * @param method Bot API method
     * @param body the JSON body
     * @param receivedAtNanos {@link System#nanoTime()} when it arrived
     * @param status the HTTP status the fake answered with
     * @param pathHadToken whether the path carried {@code /bot<TOKEN>/}
     */
    record Call(String method, JsonNode body, long receivedAtNanos, int status, boolean pathHadToken) {

        long chatId() {
            return body.path("chat_id").asLong();
        }

        String text() {
            return body.path("text").asString("");
        }
    }

    FakeTelegramBotApi() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + server.getPort();
    }

    /** Every sendMessage Telegram accepted, in arrival order. */
    List<Call> delivered() {
        return calls.stream()
                .filter(call -> call.method().equals("sendMessage") && call.status() == 200)
                .toList();
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    void down() {
        down = true;
    }

    void up() {
        down = false;
    }

    /** Answers the next sendMessage whose text contains {@code fragment} with 429 (once). */
    void answerTooManyRequests(String fragment) {
        tooManyRequestsFor = fragment;
    }

    void conflict(boolean on) {
        conflict = on;
    }

    /** Answers every getUpdates with 429 and {@code retry_after} 5 while on. */
    void floodUpdates(boolean on) {
        updatesFlooded = on;
    }

    long lastOffset() {
        return lastOffset;
    }

    void reset() {
        calls.clear();
        down = false;
        conflict = false;
        updatesFlooded = false;
        tooManyRequestsFor = null;
    }

    /** Queues a text message from {@code chatId} for the next getUpdates. */
    long userWrites(long chatId, long userId, String text) {
        long id = nextUpdateId.getAndIncrement();
        String command = text.split("\\s+")[0];
        add(fixture(
                "update-message.json",
                Map.of(
                        "updateId", id,
                        "messageId", messageIds.getAndIncrement(),
                        "userId", userId,
                        "chatId", chatId,
                        "date", System.currentTimeMillis() / 1000,
                        "text", text,
                        "commandLength", command.length())));
        return id;
    }

    /** Queues a press on an inline button carrying {@code data}. */
    long userPresses(long chatId, long userId, String data) {
        long id = nextUpdateId.getAndIncrement();
        add(fixture(
                "update-callback-query.json",
                Map.of(
                        "updateId", id,
                        "callbackId", "cb-" + id,
                        "messageId", messageIds.getAndIncrement(),
                        "userId", userId,
                        "chatId", chatId,
                        "date", System.currentTimeMillis() / 1000,
                        "data", data)));
        return id;
    }

    private synchronized void add(String update) {
        pendingUpdates.add(update);
        notifyAll();
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        long at = System.nanoTime();
        String path = request.getUrl().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        boolean hadToken = path.startsWith("/bot" + TOKEN + "/");
        JsonNode body = json.readTree(
                request.getBody() == null ? "{}" : request.getBody().utf8());
        MockResponse response = switch (method) {
            case "sendMessage" -> sendMessage(body);
            case "getUpdates" -> getUpdates(body);
            case "answerCallbackQuery" -> json(200, fixture("answer-callback-query-ok.json", Map.of()));
            default -> json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        };
        calls.add(new Call(method, body, at, response.getCode(), hadToken));
        return response;
    }

    private MockResponse sendMessage(JsonNode body) {
        if (down) {
            return json(500, fixture("server-error.json", Map.of()));
        }
        String flood = tooManyRequestsFor;
        if (flood != null && body.path("text").asString("").contains(flood)) {
            tooManyRequestsFor = null;
            return json(429, fixture("too-many-requests.json", Map.of()));
        }
        if (body.path("chat_id").asLong() == BotChats.UNKNOWN
                || body.path("text").asString("").contains(REFUSE)) {
            return json(400, fixture("bad-request.json", Map.of()));
        }
        return json(
                200,
                fixture(
                        "send-message-ok.json",
                        Map.of(
                                "messageId", messageIds.getAndIncrement(),
                                "chatId", body.path("chat_id").asLong(),
                                "date", System.currentTimeMillis() / 1000)));
    }

    private MockResponse getUpdates(JsonNode body) throws InterruptedException {
        if (conflict) {
            return json(409, fixture("conflict.json", Map.of()));
        }
        if (updatesFlooded) {
            return json(429, fixture("too-many-requests.json", Map.of()));
        }
        long offset = body.path("offset").asLong(0);
        long waitMillis = TimeUnit.SECONDS.toMillis(body.path("timeout").asLong(0));
        lastOffset = offset;
        List<String> batch = new ArrayList<>();
        synchronized (this) {
            // Telegram drops updates once an offset above them is asked for.
            pendingUpdates.removeIf(
                    update -> json.readTree(update).path("update_id").asLong() < offset);
            if (pendingUpdates.isEmpty() && waitMillis > 0) {
                wait(waitMillis);
            }
            batch.addAll(pendingUpdates);
        }
        return json(200, "{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    static String fixture(String name, Map<String, ?> values) {
        try (InputStream in = FakeTelegramBotApi.class.getResourceAsStream("/telegram/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, ?> value : values.entrySet()) {
                text = text.replace("{{" + value.getKey() + "}}", String.valueOf(value.getValue()));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** Chat ids with a meaning to the fake. */
    static final class BotChats {
        /** sendMessage to this chat answers 400 Bad Request: chat not found. */
        static final long UNKNOWN = 4040;

        private BotChats() {}
    }
}
