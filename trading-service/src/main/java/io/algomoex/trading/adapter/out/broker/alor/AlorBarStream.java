package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.adapter.out.broker.BrokerSocket;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.CandleStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
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

    private final AlorSettings settings;
    private final AlorAccessTokens tokens;
    private final JsonMapper json;
    private final BrokerMeters meters;
    private final Clock clock;
    private final Map<String, AlorBarSeries> series = new ConcurrentHashMap<>();
    private final BrokerSocket socket;

    AlorBarStream(
            OkHttpClient http,
            AlorSettings settings,
            AlorAccessTokens tokens,
            JsonMapper json,
            BrokerMeters meters,
            ScheduledExecutorService scheduler,
            Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
        this.socket = new BrokerSocket(
                "Alor data stream",
                http,
                () -> new Request.Builder().url(settings.wsUrl()).build(),
                settings.reconnectFirst(),
                settings.reconnectMax(),
                meters,
                scheduler,
                new Handler());
    }

    @Override
    public String broker() {
        return AlorConnection.BROKER;
    }

    @Override
    public void subscribe(Instrument instrument, Timeframe timeframe, Instant after, Consumer<Candle> onClosed) {
        AlorBarSeries.tf(timeframe);
        AlorBarSeries added = new AlorBarSeries(
                UUID.randomUUID().toString(), instrument, timeframe, after, timeframe.floor(clock.instant()), onClosed);
        socket.subscribe(() -> series.put(added.guid, added), open -> send(open, added));
    }

    @Override
    public void close() {
        socket.close();
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

    private final class Handler implements BrokerSocket.Handler {

        @Override
        public void opened(WebSocket opened) {
            log.info("Alor data stream connected; subscribing {} series", series.size());
            series.values().forEach(one -> send(opened, one));
        }

        @Override
        public void received(WebSocket from, String text) {
            AlorBarStream.this.received(from, text);
        }
    }
}
