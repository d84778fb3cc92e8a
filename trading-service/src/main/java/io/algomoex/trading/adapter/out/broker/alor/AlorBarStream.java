package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.CandleStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closed bars from Alor's {@code /ws} data socket: one connection for every series, a {@code BarsGetAndSubscribe} per
 * series with the JWT in the message (there is no {@code authorize} on {@code /ws}), pushes routed by {@code guid}.
 * OkHttp pings the socket; a drop (or a missing pong) reconnects after a back-off that doubles up to its maximum and
 * re-subscribes each series with a fresh token from its last closed bar. A 401 answer to a subscription refreshes the
 * token and subscribes again.
 */
public final class AlorBarStream implements CandleStream {

    private static final Logger log = LoggerFactory.getLogger(AlorBarStream.class);

    private final OkHttpClient http;
    private final AlorSettings settings;
    private final AlorAccessTokens tokens;
    private final JsonMapper json;
    private final BrokerMeters meters;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Map<String, AlorBarSeries> series = new ConcurrentHashMap<>();
    private WebSocket socket;
    private boolean open;
    private boolean closed;
    private boolean everConnected;
    private Duration backoff;

    AlorBarStream(
            OkHttpClient http,
            AlorSettings settings,
            AlorAccessTokens tokens,
            JsonMapper json,
            BrokerMeters meters,
            ScheduledExecutorService scheduler,
            Clock clock) {
        this.http = http;
        this.settings = settings;
        this.tokens = tokens;
        this.json = json;
        this.meters = meters;
        this.scheduler = scheduler;
        this.clock = clock;
        this.backoff = settings.reconnectFirst();
    }

    @Override
    public String broker() {
        return AlorConnection.BROKER;
    }

    @Override
    public synchronized void subscribe(
            Instrument instrument, Timeframe timeframe, Instant after, Consumer<Candle> onClosed) {
        AlorBarSeries.tf(timeframe);
        AlorBarSeries added = new AlorBarSeries(
                UUID.randomUUID().toString(), instrument, timeframe, after, timeframe.floor(clock.instant()), onClosed);
        series.put(added.guid, added);
        if (socket == null) {
            connect();
        } else if (open) {
            send(socket, added);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (socket != null) {
            socket.close(1000, "service stopping");
        }
        meters.streamConnected(false);
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        socket = http.newWebSocket(new Request.Builder().url(settings.wsUrl()).build(), new Listener());
    }

    private void send(WebSocket target, AlorBarSeries one) {
        String token;
        try {
            token = tokens.current();
        } catch (BrokerUnavailableException e) {
            log.warn("Cannot subscribe {} {}: {}; reconnecting", one.instrument, one.timeframe, e.getMessage());
            target.cancel();
            return;
        }
        one.resubscribing();
        AlorBarsRequest request = new AlorBarsRequest(
                "BarsGetAndSubscribe",
                one.instrument.secid(),
                settings.exchange(),
                one.instrument.board(),
                AlorBarSeries.tf(one.timeframe),
                one.from().getEpochSecond(),
                false,
                "Simple",
                one.guid,
                token);
        target.send(json.writeValueAsString(request));
    }

    private synchronized void opened(WebSocket opened) {
        if (opened != socket) {
            return;
        }
        open = true;
        if (everConnected) {
            meters.reconnected();
        }
        everConnected = true;
        backoff = settings.reconnectFirst();
        meters.streamConnected(true);
        log.info("Alor data stream connected; subscribing {} series", series.size());
        series.values().forEach(one -> send(opened, one));
    }

    private synchronized void dropped(WebSocket dropped, String why) {
        if (dropped != socket) {
            return;
        }
        open = false;
        socket = null;
        meters.streamConnected(false);
        if (closed) {
            return;
        }
        Duration wait = backoff;
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(settings.reconnectMax()) > 0 ? settings.reconnectMax() : doubled;
        log.warn("Alor data stream dropped ({}); reconnecting in {}", why, wait);
        scheduler.schedule(this::reconnect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void reconnect() {
        if (socket == null) {
            connect();
        }
    }

    private void received(WebSocket from, String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JacksonException e) {
            log.warn("Alor data stream sent a message that is not JSON: {}", AlorRest.excerpt(text));
            return;
        }
        JsonNode data = message.path("data");
        if (data.isObject()) {
            AlorBarSeries one = series.get(message.path("guid").asString(""));
            if (one != null) {
                bar(one, data);
            }
            return;
        }
        int code = message.path("httpCode").asInt(0);
        if (code == 401) {
            log.warn("Alor refused the token of a subscription ({}); refreshing it", message.path("message"));
            AlorBarSeries one = series.get(message.path("requestGuid").asString(""));
            tokens.refused(tokenOf(one));
            from.cancel();
        } else if (code != 200) {
            log.warn("Alor data stream answered {}", AlorRest.excerpt(text));
        }
    }

    private String tokenOf(AlorBarSeries one) {
        // The token in use is the current one; refused() ignores it when another caller refreshed meanwhile.
        try {
            return one == null ? null : tokens.current();
        } catch (BrokerUnavailableException e) {
            return null;
        }
    }

    private void bar(AlorBarSeries one, JsonNode data) {
        Candle bar;
        try {
            AlorBar wire = json.treeToValue(data, AlorBar.class);
            bar = new Candle(
                    one.instrument,
                    one.timeframe,
                    Instant.ofEpochSecond(wire.time()),
                    Price.of(wire.open()),
                    Price.of(wire.high()),
                    Price.of(wire.low()),
                    Price.of(wire.close()),
                    wire.volume(),
                    null);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            meters.invalidBar();
            log.warn(
                    "Dropping an invalid Alor bar of {} {}: {} ({})",
                    one.instrument,
                    one.timeframe,
                    data,
                    e.getMessage());
            return;
        }
        one.next(bar).ifPresent(one.onClosed);
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

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            dropped(webSocket, "closed by Alor: " + code + " " + reason);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            dropped(webSocket, t.toString());
        }
    }
}
