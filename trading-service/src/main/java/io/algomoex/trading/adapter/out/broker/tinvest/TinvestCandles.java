package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Price;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * T-Invest's candles as ours: the back-fill through {@code MarketDataService/GetCandles} ({@code isComplete} candles
 * only, in windows no longer than the interval allows) and the reading of a {@code Candle} or {@code HistoricCandle}
 * (Quotation prices, volume in lots turned into units). An invalid candle is dropped at this boundary, logged and
 * counted.
 */
final class TinvestCandles {

    private static final Logger log = LoggerFactory.getLogger(TinvestCandles.class);

    private final TinvestRest rest;
    private final TinvestInstruments instruments;
    private final BrokerMeters meters;
    private final Clock clock;

    TinvestCandles(TinvestRest rest, TinvestInstruments instruments, BrokerMeters meters, Clock clock) {
        this.rest = rest;
        this.instruments = instruments;
        this.meters = meters;
        this.clock = clock;
    }

    /** The complete candles of a series from the one after its last delivered candle until now, oldest first. */
    List<Candle> closedAfter(TinvestCandleSeries one) {
        TinvestShare share = instruments.share(one.instrument);
        List<Candle> found = new ArrayList<>();
        Instant now = clock.instant();
        for (Instant from = one.next(); from.isBefore(now); from = from.plus(one.window())) {
            Instant to = from.plus(one.window()).isBefore(now) ? from.plus(one.window()) : now;
            ObjectNode body = rest.body()
                    .put("instrumentId", share.uid())
                    .put("from", from.toString())
                    .put("to", to.toString())
                    .put("interval", one.candleInterval);
            JsonNode answer = rest.call("candles", "MarketDataService/GetCandles", body);
            for (JsonNode candle : answer.path("candles")) {
                if (candle.path("isComplete").asBoolean(false)) {
                    toCandle(one, candle).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /** A candle of the series from a streamed {@code Candle} or a {@code HistoricCandle}; empty when it is invalid. */
    Optional<Candle> toCandle(TinvestCandleSeries one, JsonNode wire) {
        TinvestShare share = instruments.share(one.instrument);
        try {
            return Optional.of(new Candle(
                    one.instrument,
                    one.timeframe,
                    TinvestWire.time(wire, "time"),
                    Price.of(TinvestWire.decimal(wire, "open")),
                    Price.of(TinvestWire.decimal(wire, "high")),
                    Price.of(TinvestWire.decimal(wire, "low")),
                    Price.of(TinvestWire.decimal(wire, "close")),
                    // T-Invest counts volume in lots; our candles count units, as ISS does.
                    Math.multiplyExact(TinvestWire.int64(wire, "volume", 0), share.lot()),
                    null));
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException e) {
            meters.invalidBar();
            log.warn(
                    "Dropping an invalid T-Invest candle of {} {}: {} ({})",
                    one.instrument,
                    one.timeframe,
                    wire,
                    e.getMessage());
            return Optional.empty();
        }
    }
}
