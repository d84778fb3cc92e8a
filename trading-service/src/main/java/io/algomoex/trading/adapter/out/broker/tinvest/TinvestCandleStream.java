package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.adapter.out.broker.BrokerSocket;
import io.algomoex.trading.application.port.CandleStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Closed candles from T-Invest's {@code MarketDataStream} over the WebSocket proxy: subprotocol {@code json}, the
 * token as {@code Authorization: Bearer}, one {@code subscribeCandlesRequest} per series with {@code
 * waitingClose=true} so only closed candles come, the server's {@code ping} messages answered. On a drop it reconnects
 * after a back-off that doubles up to its maximum, subscribes every series again and back-fills what closed meanwhile
 * with {@code MarketDataService/GetCandles} ({@code isComplete} candles only); each series delivers every closed
 * candle once ({@link TinvestCandleSeries}). Messages are read bare ({@code {"candle":...}}) or wrapped as the REST
 * streaming form ({@code {"result":...}}).
 */
public final class TinvestCandleStream implements CandleStream {

    private static final Logger log = LoggerFactory.getLogger(TinvestCandleStream.class);
    static final String PATH = "/tinkoff.public.invest.api.contract.v1.MarketDataStreamService/MarketDataStream";

    private final TinvestSettings settings;
    private final TinvestInstruments instruments;
    private final TinvestCandles candles;
    private final JsonMapper json;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    /** By {@code instrumentUid + " " + interval}, filled when the connection subscribes. */
    private final Map<String, TinvestCandleSeries> byKey = new ConcurrentHashMap<>();

    private final List<TinvestCandleSeries> series = new CopyOnWriteArrayList<>();
    private final BrokerSocket socket;

    TinvestCandleStream(
            OkHttpClient http,
            TinvestSettings settings,
            TinvestRest rest,
            TinvestInstruments instruments,
            JsonMapper json,
            BrokerMeters meters,
            ScheduledExecutorService scheduler,
            Clock clock) {
        this.settings = settings;
        this.instruments = instruments;
        this.candles = new TinvestCandles(rest, instruments, meters, clock);
        this.json = json;
        this.scheduler = scheduler;
        this.clock = clock;
        this.socket = new BrokerSocket(
                "T-Invest market-data stream",
                http,
                () -> new Request.Builder()
                        .url(settings.wsUrl() + PATH)
                        .header("Authorization", "Bearer " + settings.token())
                        .header("Sec-WebSocket-Protocol", "json")
                        .build(),
                settings.reconnectFirst(),
                settings.reconnectMax(),
                meters,
                scheduler,
                new Handler());
    }

    @Override
    public String broker() {
        return TinvestConnection.BROKER;
    }

    @Override
    public void subscribe(Instrument instrument, Timeframe timeframe, Instant after, Consumer<Candle> onClosed) {
        Instant last = after != null ? after : timeframe.floor(clock.instant()).minus(timeframe.nominalLength());
        TinvestCandleSeries added = new TinvestCandleSeries(instrument, timeframe, last, onClosed);
        socket.subscribe(() -> series.add(added), open -> scheduler.execute(() -> start(open, List.of(added))));
    }

    @Override
    public void close() {
        socket.close();
    }

    /** Subscribes series on a fresh connection and back-fills each; any failure drops the connection to retry. */
    private void start(WebSocket target, List<TinvestCandleSeries> which) {
        try {
            for (TinvestCandleSeries one : which) {
                one.filling();
                String uid = instruments.share(one.instrument).uid();
                byKey.put(uid + " " + one.interval, one);
                ObjectNode message = json.createObjectNode();
                ObjectNode request = message.putObject("subscribeCandlesRequest")
                        .put("subscriptionAction", "SUBSCRIPTION_ACTION_SUBSCRIBE")
                        .put("waitingClose", true);
                request.putArray("instruments")
                        .addObject()
                        .put("instrumentId", uid)
                        .put("interval", one.interval);
                target.send(message.toString());
            }
            for (TinvestCandleSeries one : which) {
                one.filled(candles.closedAfter(one));
            }
        } catch (RuntimeException e) {
            log.warn("T-Invest candle subscription failed ({}); reconnecting", e.getMessage());
            target.cancel();
        }
    }

    private void received(WebSocket from, String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JacksonException e) {
            log.warn("T-Invest stream sent a message that is not JSON: {}", TinvestRest.excerpt(text));
            return;
        }
        if (message.has("result")) {
            message = message.path("result");
        }
        if (message.has("ping")) {
            ObjectNode pong = json.createObjectNode();
            pong.putObject("ping")
                    .put(
                            "time",
                            message.path("ping")
                                    .path("time")
                                    .asString(clock.instant().toString()));
            from.send(pong.toString());
        } else if (message.has("candle")) {
            candle(message.path("candle"));
        } else if (message.has("subscribeCandlesResponse")) {
            for (JsonNode status : message.path("subscribeCandlesResponse").path("candlesSubscriptions")) {
                if (!"SUBSCRIPTION_STATUS_SUCCESS"
                        .equals(status.path("subscriptionStatus").asString())) {
                    log.warn("T-Invest refused a candle subscription: {}", status);
                }
            }
        } else if (message.has("error") || message.has("code")) {
            log.warn("T-Invest stream reported an error: {}", TinvestRest.excerpt(text));
        }
    }

    private void candle(JsonNode wire) {
        TinvestCandleSeries one = byKey.get(wire.path("instrumentUid").asString("") + " "
                + wire.path("interval").asString(""));
        if (one == null) {
            log.warn("T-Invest streamed a candle of no subscribed series: {}", wire);
            return;
        }
        candles.toCandle(one, wire).ifPresent(one::streamed);
    }

    private final class Handler implements BrokerSocket.Handler {

        @Override
        public void opened(WebSocket opened) {
            log.info("T-Invest market-data stream connected; subscribing {} series", series.size());
            List<TinvestCandleSeries> all = List.copyOf(series);
            scheduler.execute(() -> start(opened, all));
        }

        @Override
        public void received(WebSocket from, String text) {
            TinvestCandleStream.this.received(from, text);
        }

        @Override
        public void closing(int code, String reason) {
            if (code == 4016) {
                log.error("T-Invest refused the token on the market-data stream (4016 UNAUTHENTICATED)");
            }
        }
    }
}
