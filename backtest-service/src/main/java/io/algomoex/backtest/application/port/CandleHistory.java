package io.algomoex.backtest.application.port;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;

/** Read access to the collector's stored candles ({@code market.candles}, read-only for this service). */
public interface CandleHistory {

    /**
     * Completed (not provisional) candles with {@code from <= begin < until}, oldest first, as parallel arrays.
     *
     * @return the bars; empty arrays when there are none
     */
    StoredBars load(Instrument instrument, Timeframe timeframe, Instant from, Instant until);

    /** Whether any candle of the security is stored, on any board or timeframe. */
    boolean knows(String secid);

    /**
     * Candles as parallel arrays: begin in UTC epoch seconds, prices as the nearest doubles (the engine simulates
     * in double, as Backtrader does).
     */
    record StoredBars(long[] times, double[] open, double[] high, double[] low, double[] close, double[] volume) {

        public int size() {
            return times.length;
        }
    }
}
