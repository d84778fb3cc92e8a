package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * One subscribed series and what it has delivered. Candles are handed on strictly after the last one delivered, so a
 * candle that arrives twice (from the stream and from the back-fill, or again after a re-subscription) is delivered
 * once, in time order. While the gap after a reconnect is back-filled, streamed candles wait and follow the back-fill.
 */
final class TinvestCandleSeries {

    final Instrument instrument;
    final Timeframe timeframe;
    final String interval;
    final String candleInterval;
    private final Consumer<Candle> onClosed;
    private Instant last;
    private boolean filling;
    private final List<Candle> waiting = new ArrayList<>();

    TinvestCandleSeries(Instrument instrument, Timeframe timeframe, Instant last, Consumer<Candle> onClosed) {
        this.instrument = instrument;
        this.timeframe = timeframe;
        this.interval = subscriptionInterval(timeframe);
        this.candleInterval = candleInterval(timeframe);
        this.last = last;
        this.onClosed = onClosed;
    }

    /** {@code SubscriptionInterval} of the stream (TINV {@code marketdata.proto}). */
    static String subscriptionInterval(Timeframe timeframe) {
        return switch (timeframe) {
            case M1 -> "SUBSCRIPTION_INTERVAL_ONE_MINUTE";
            case M5 -> "SUBSCRIPTION_INTERVAL_FIVE_MINUTES";
            case M10 -> "SUBSCRIPTION_INTERVAL_10_MIN";
            case M15 -> "SUBSCRIPTION_INTERVAL_FIFTEEN_MINUTES";
            case M30 -> "SUBSCRIPTION_INTERVAL_30_MIN";
            case H1 -> "SUBSCRIPTION_INTERVAL_ONE_HOUR";
            default ->
                // T-Invest's daily and longer candles are not cut at Moscow midnight as ours are.
                throw new IllegalArgumentException("the T-Invest stream carries intraday timeframes (1m to 1h) only,"
                        + " not " + timeframe.code());
        };
    }

    /** {@code CandleInterval} of {@code GetCandles}. */
    static String candleInterval(Timeframe timeframe) {
        return switch (timeframe) {
            case M1 -> "CANDLE_INTERVAL_1_MIN";
            case M5 -> "CANDLE_INTERVAL_5_MIN";
            case M10 -> "CANDLE_INTERVAL_10_MIN";
            case M15 -> "CANDLE_INTERVAL_15_MIN";
            case M30 -> "CANDLE_INTERVAL_30_MIN";
            case H1 -> "CANDLE_INTERVAL_HOUR";
            default -> throw new IllegalArgumentException("no T-Invest candle interval for " + timeframe.code());
        };
    }

    /** The longest {@code from..to} one {@code GetCandles} call may span (TINV {@code load_history.md}). */
    Duration window() {
        return switch (timeframe) {
            case M1 -> Duration.ofDays(1);
            case M5, M10 -> Duration.ofDays(7);
            case M15, M30 -> Duration.ofDays(21);
            default -> Duration.ofDays(90);
        };
    }

    /** Where a back-fill starts: the candle after the last delivered one. */
    synchronized Instant next() {
        return last.plus(timeframe.nominalLength());
    }

    /** Streamed candles wait from now until {@link #filled}. */
    synchronized void filling() {
        filling = true;
        waiting.clear();
    }

    synchronized void streamed(Candle candle) {
        if (filling) {
            waiting.add(candle);
        } else {
            deliver(candle);
        }
    }

    /** The back-fill arrived: delivers it, then what streamed meanwhile, each candle once. */
    synchronized void filled(List<Candle> backfill) {
        List<Candle> all = new ArrayList<>(backfill);
        all.addAll(waiting);
        all.sort(Comparator.comparing(Candle::begin));
        waiting.clear();
        filling = false;
        all.forEach(this::deliver);
    }

    private void deliver(Candle candle) {
        if (candle.begin().isAfter(last)) {
            last = candle.begin();
            onClosed.accept(candle);
        }
    }
}
