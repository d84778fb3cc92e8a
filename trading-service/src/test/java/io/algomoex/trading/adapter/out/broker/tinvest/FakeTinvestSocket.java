package io.algomoex.trading.adapter.out.broker.tinvest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's {@code MarketDataStream} and its history: checks the handshake (bearer token, subprotocol {@code json})
 * and the {@code subscribeCandlesRequest} ({@code waitingClose=true}), answers it with the subscription response,
 * pushes closed candles to the live subscription and answers {@code GetCandles} from the same history, so candles
 * that closed while no client was connected are found by the back-fill. It drops connections, sends pings and
 * repeats candles on command.
 */
public final class FakeTinvestSocket {

    /** One closed candle of SBER (of the subscribed interval) as the exchange has it. */
    public record Bar(Instant time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long lots) {}

    public final List<JsonNode> subscriptions = new CopyOnWriteArrayList<>();
    public final List<JsonNode> pings = new CopyOnWriteArrayList<>();
    public final List<JsonNode> backfills = new CopyOnWriteArrayList<>();
    private final FakeTinvest tinvest;
    private final List<Bar> history = new ArrayList<>();
    private WebSocket client;
    private boolean subscribed;
    private int connections;
    private boolean repeatLastOnSubscribe;
    private String interval = "SUBSCRIPTION_INTERVAL_ONE_MINUTE";

    FakeTinvestSocket(FakeTinvest tinvest) {
        this.tinvest = tinvest;
    }

    MockResponse upgrade(RecordedRequest request, String path) {
        tinvest.require(TinvestCandleStream.PATH.equals(path), "the stream path is the gRPC method path: " + path);
        tinvest.require(
                ("Bearer " + tinvest.token).equals(request.getHeaders().get("Authorization")),
                "bearer token in the handshake");
        String protocol = request.getHeaders().get("Sec-WebSocket-Protocol");
        tinvest.require(protocol != null && protocol.contains("json"), "subprotocol json: " + protocol);
        return new MockResponse.Builder()
                .setHeader("Sec-WebSocket-Protocol", "json")
                .webSocketUpgrade(new Listener())
                .build();
    }

    /** A candle closes on the exchange: kept, and pushed when a client is subscribed. */
    public synchronized void push(Bar bar) {
        history.add(bar);
        if (client != null && subscribed) {
            client.send(candle(bar, interval).toString());
        }
    }

    /** The next subscription is answered with the last candle again, as a server may do after a re-subscription. */
    public synchronized void repeatLastOnSubscribe() {
        repeatLastOnSubscribe = true;
    }

    /** The server ends the connection. */
    public synchronized void drop() {
        if (client != null) {
            client.close(1011, "dropped by the fake");
            client = null;
            subscribed = false;
        }
    }

    public synchronized void ping(String time) {
        ObjectNode ping = FakeTinvest.template("ws-ping.json");
        ((ObjectNode) ping.path("ping")).put("time", time);
        client.send(ping.toString());
    }

    public synchronized int connections() {
        return connections;
    }

    public synchronized boolean subscribed() {
        return client != null && subscribed;
    }

    void close() {
        drop();
    }

    /** {@code GetCandles}: the kept candles with {@code from <= time < to}, complete. */
    synchronized String candles(JsonNode body) {
        backfills.add(body);
        tinvest.require(FakeTinvest.UID.equals(body.path("instrumentId").asString()), "GetCandles by uid");
        tinvest.require(body.path("interval").asString().matches("CANDLE_INTERVAL_(1_MIN|HOUR)"), "interval by name");
        Instant from = Instant.parse(body.path("from").asString());
        Instant to = Instant.parse(body.path("to").asString());
        ObjectNode answer = FakeTinvest.JSON.createObjectNode();
        ArrayNode list = answer.putArray("candles");
        for (Bar bar : history) {
            if (!bar.time().isBefore(from) && bar.time().isBefore(to)) {
                ObjectNode candle = FakeTinvest.template("historic-candle.json");
                fill(candle, bar);
                list.add(candle);
            }
        }
        return answer.toString();
    }

    private static ObjectNode candle(Bar bar, String interval) {
        ObjectNode message = FakeTinvest.template("ws-candle.json");
        fill((ObjectNode) message.path("candle"), bar);
        ((ObjectNode) message.path("candle")).put("interval", interval);
        return message;
    }

    private static void fill(ObjectNode candle, Bar bar) {
        candle.set("open", quotation(bar.open()));
        candle.set("high", quotation(bar.high()));
        candle.set("low", quotation(bar.low()));
        candle.set("close", quotation(bar.close()));
        candle.put("volume", Long.toString(bar.lots())).put("time", bar.time().toString());
    }

    private static ObjectNode quotation(BigDecimal value) {
        TinvestQuotation q = TinvestQuotation.of(value);
        return FakeTinvest.JSON.createObjectNode().put("units", q.units()).put("nano", q.nano());
    }

    private synchronized void opened(WebSocket socket) {
        connections++;
        client = socket;
    }

    private synchronized void received(WebSocket socket, String text) {
        JsonNode message = FakeTinvest.JSON.readTree(text);
        if (message.has("ping")) {
            pings.add(message);
            return;
        }
        JsonNode request = message.path("subscribeCandlesRequest");
        if (request.isMissingNode()) {
            tinvest.violations.add("unexpected stream message " + text);
            return;
        }
        subscriptions.add(message);
        JsonNode instrument = request.path("instruments").path(0);
        tinvest.require(
                "SUBSCRIPTION_ACTION_SUBSCRIBE"
                        .equals(request.path("subscriptionAction").asString()),
                "subscriptionAction by name");
        tinvest.require(request.path("waitingClose").asBoolean(false), "waitingClose=true");
        tinvest.require(FakeTinvest.UID.equals(instrument.path("instrumentId").asString()), "instrumentId is the uid");
        interval = instrument.path("interval").asString();
        tinvest.require(interval.matches("SUBSCRIPTION_INTERVAL_ONE_(MINUTE|HOUR)"), "interval by name: " + interval);
        socket.send(FakeTinvest.resource("ws-subscribe-candles-response.json"));
        subscribed = true;
        if (repeatLastOnSubscribe && !history.isEmpty()) {
            repeatLastOnSubscribe = false;
            socket.send(candle(history.getLast(), interval).toString());
        }
    }

    private final class Listener extends WebSocketListener {

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            opened(webSocket);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            received(webSocket, text);
        }
    }
}
