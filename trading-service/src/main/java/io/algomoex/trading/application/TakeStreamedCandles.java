package io.algomoex.trading.application;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.CandleStore;
import io.algomoex.trading.application.port.CandleStream;
import io.algomoex.trading.application.port.MarketDataFeed;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live candle source beside the AMQP one: strategies whose broker has a stream (sandbox and live) take their
 * closed candles from it. Each series is subscribed once, after the last candle its strategies acted on, so a restart
 * back-fills what closed meanwhile. A closed candle is acted on first (the order goes out without waiting for the
 * database), then stored in {@code market.candles} and announced as {@code market.candle.closed} in one transaction.
 * If the service dies in between (or that transaction fails), the newest stored candle is older than the last acted
 * one: the subscription then starts after the newest stored candle instead, so the candles acted on but never stored
 * are delivered again and stored then (acting on them twice is prevented by the loop).
 */
public final class TakeStreamedCandles {

    private static final Logger log = LoggerFactory.getLogger(TakeStreamedCandles.class);

    private final TradingSettings settings;
    private final Map<String, CandleStream> streams = new LinkedHashMap<>();
    private final ActOnClosedCandle loop;
    private final CandleStore candles;
    private final MarketDataFeed stored;
    private final TradingBooks books;

    public TakeStreamedCandles(
            TradingSettings settings,
            List<CandleStream> streams,
            ActOnClosedCandle loop,
            CandleStore candles,
            MarketDataFeed stored,
            TradingBooks books) {
        this.settings = settings;
        streams.forEach(stream -> this.streams.put(stream.broker(), stream));
        this.loop = loop;
        this.candles = candles;
        this.stored = stored;
        this.books = books;
    }

    /** Subscribes every streamed series; call after reconciliation and warm-up. */
    public void start() {
        Map<String, Instant> last = loop.lastCandles();
        Map<Series, Instant> after = new LinkedHashMap<>();
        for (StrategyDefinition strategy : settings.strategies()) {
            if (!settings.isStreamed(strategy)) {
                continue;
            }
            if (!streams.containsKey(strategy.broker())) {
                throw new IllegalStateException("strategy " + strategy.id() + " is streamed from " + strategy.broker()
                        + ", which has no candle stream");
            }
            Series series = new Series(strategy.broker(), strategy.instrument(), strategy.timeframe());
            Instant acted = last.get(strategy.id());
            after.merge(series, acted == null ? Instant.MIN : acted, TakeStreamedCandles::earlier);
        }
        after.forEach((series, from) -> {
            Instant start = from.equals(Instant.MIN) ? null : earlier(from, newestStored(series, from));
            log.info(
                    "Taking {} {} candles from {} after {}",
                    series.instrument(),
                    series.timeframe(),
                    series.broker(),
                    start == null ? "now" : start);
            streams.get(series.broker())
                    .subscribe(series.instrument(), series.timeframe(), start, candle -> closed(series, candle));
        });
    }

    /** Stops every stream. */
    public void stop() {
        streams.values().forEach(CandleStream::close);
    }

    void closed(Series series, Candle candle) {
        try {
            loop.handleStreamed(candle);
        } catch (RuntimeException e) {
            log.error(
                    "Acting on streamed candle {} {} {} failed: {}",
                    candle.instrument(),
                    candle.timeframe(),
                    candle.begin(),
                    e.getMessage(),
                    e);
        }
        books.transactions().run(() -> {
            candles.upsert(candle, series.broker());
            books.outbox()
                    .append(new CandleClosed(
                            candle.instrument().secid(),
                            candle.instrument().board(),
                            candle.timeframe().code(),
                            candle.begin(),
                            candle.open().value(),
                            candle.high().value(),
                            candle.low().value(),
                            candle.close().value(),
                            candle.volume()));
        });
    }

    /** The begin of the newest stored closed candle of the series, or {@code otherwise} when none is stored. */
    private Instant newestStored(Series series, Instant otherwise) {
        List<Candle> newest = stored.lastClosed(series.instrument(), series.timeframe(), 1);
        return newest.isEmpty() ? otherwise : newest.getFirst().begin();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    record Series(String broker, Instrument instrument, Timeframe timeframe) {}
}
