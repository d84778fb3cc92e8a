package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One subscribed bar series and where it stands. Alor re-sends the forming bar with the same {@code time} on every
 * update, so a bar is closed only when a bar with a later time arrives (ALORPY does the same). Bars up to the last
 * closed one are dropped, which makes the history a re-subscription replays harmless: every closed bar is delivered
 * once, the forming one never.
 */
final class AlorBarSeries {

    final String guid;
    final Instrument instrument;
    final Timeframe timeframe;
    final Consumer<Candle> onClosed;
    private final Instant start;
    private Instant lastClosed;
    private Candle forming;

    /**
     * @param after the last bar already delivered, or {@code null}
     * @param start the first bar time to ask for when nothing was delivered yet
     */
    AlorBarSeries(
            String guid,
            Instrument instrument,
            Timeframe timeframe,
            Instant after,
            Instant start,
            Consumer<Candle> onClosed) {
        this.guid = guid;
        this.instrument = instrument;
        this.timeframe = timeframe;
        this.lastClosed = after;
        this.start = start;
        this.onClosed = onClosed;
    }

    /** Where a (re-)subscription starts: the last closed bar, which it re-sends and this drops. */
    synchronized Instant from() {
        return lastClosed != null ? lastClosed : start;
    }

    /** The connection was lost: the forming bar will be re-sent from the history. */
    synchronized void resubscribing() {
        forming = null;
    }

    /** The bar that {@code bar} closes, if any. */
    synchronized Optional<Candle> next(Candle bar) {
        if (lastClosed != null && !bar.begin().isAfter(lastClosed)) {
            return Optional.empty();
        }
        if (forming == null || bar.begin().equals(forming.begin())) {
            forming = bar;
            return Optional.empty();
        }
        if (bar.begin().isBefore(forming.begin())) {
            return Optional.empty();
        }
        Candle closed = forming;
        forming = bar;
        lastClosed = closed.begin();
        return Optional.of(closed);
    }

    /** Alor's {@code tf} of a timeframe (seconds, or D/W/M); quarters have none. */
    static String tf(Timeframe timeframe) {
        return switch (timeframe.code()) {
            case "1d" -> "D";
            case "1w" -> "W";
            case "1mo" -> "M";
            case "1q" -> throw new IllegalArgumentException("Alor streams no quarterly bars");
            default -> Long.toString(timeframe.nominalLength().toSeconds());
        };
    }
}
