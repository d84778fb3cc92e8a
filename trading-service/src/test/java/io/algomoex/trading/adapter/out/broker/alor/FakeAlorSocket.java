package io.algomoex.trading.adapter.out.broker.alor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's {@code /ws}: answers {@code BarsGetAndSubscribe} with the spec's acknowledgement (or its 401 for a bad
 * token), replays the bars it has from {@code from} on, and pushes new bars to the live subscription. Bars pushed
 * while no client is connected are kept, as Alor keeps history, and replayed to the next subscription.
 */
public final class FakeAlorSocket {

    /** One bar as the exchange has it; the same time pushed again is the forming bar updated. */
    public record Bar(long time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {}

    public final List<JsonNode> subscriptions = new CopyOnWriteArrayList<>();
    public final List<String> otherMessages = new CopyOnWriteArrayList<>();
    private final FakeAlor alor;
    private final List<Bar> history = new ArrayList<>();
    private WebSocket client;
    private String guid;
    private int connections;

    FakeAlorSocket(FakeAlor alor) {
        this.alor = alor;
    }

    MockResponse upgrade() {
        return new MockResponse.Builder().webSocketUpgrade(new Listener()).build();
    }

    /** A bar happens on the exchange: kept, and pushed when a client is subscribed. */
    public synchronized void push(Bar bar) {
        history.add(bar);
        if (client != null && guid != null) {
            client.send(message(bar, guid));
        }
    }

    /** The server ends the connection, as when Alor sheds a client whose buffer overflowed. */
    public synchronized void drop() {
        if (client != null) {
            // A server-side socket cannot be cancelled in MockWebServer; 1011 is "server error".
            client.close(1011, "dropped by the fake");
            client = null;
            guid = null;
        }
    }

    public synchronized int connections() {
        return connections;
    }

    public synchronized boolean connected() {
        return client != null;
    }

    void close() {
        drop();
    }

    private synchronized void subscribed(WebSocket socket, JsonNode request) {
        subscriptions.add(request);
        String requestGuid = request.path("guid").asString("");
        if (!"BarsGetAndSubscribe".equals(request.path("opcode").asString())
                || !"MOEX".equals(request.path("exchange").asString())
                || request.path("code").asString("").isBlank()
                || request.path("instrumentGroup").asString("").isBlank()
                || requestGuid.isBlank()) {
            alor.violations.add("bad subscribe message " + request);
        }
        if (!alor.isValid(request.path("token").asString(null))) {
            ObjectNode refused = FakeAlor.template("ws-invalid-jwt.json");
            refused.put("requestGuid", requestGuid);
            socket.send(refused.toString());
            return;
        }
        ObjectNode handled = FakeAlor.template("ws-handled.json");
        handled.put("requestGuid", requestGuid);
        socket.send(handled.toString());
        long from = request.path("from").asLong();
        for (Bar bar : history) {
            if (bar.time() >= from) {
                socket.send(message(bar, requestGuid));
            }
        }
        client = socket;
        guid = requestGuid;
    }

    private synchronized void closedByClient(WebSocket socket) {
        if (client == socket) {
            client = null;
            guid = null;
        }
    }

    private synchronized void opened() {
        connections++;
    }

    private static String message(Bar bar, String guid) {
        ObjectNode message = FakeAlor.template("bar-simple.json");
        ObjectNode data = (ObjectNode) message.path("data");
        data.put("time", bar.time())
                .put("open", bar.open())
                .put("high", bar.high())
                .put("low", bar.low());
        data.put("close", bar.close()).put("volume", bar.volume());
        message.put("guid", guid);
        return message.toString();
    }

    private final class Listener extends WebSocketListener {

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            opened();
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode request = FakeAlor.JSON.readTree(text);
            if (request.has("opcode")
                    && !"BarsGetAndSubscribe".equals(request.path("opcode").asString())) {
                otherMessages.add(text);
            }
            subscribed(webSocket, request);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            // Completes the close handshake the client began (RFC 6455 5.5.1), as a server does.
            webSocket.close(code, null);
            closedByClient(webSocket);
        }
    }
}
