package io.algomoex.engine.walkforward;

import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.sweep.SweepEntry;
import java.util.Objects;

/**
 * One walk-forward fold.
 *
 * @param index 0-based fold number
 * @param trainFrom first in-sample bar (index into the series)
 * @param testFrom first out-of-sample bar; the in-sample window ends just before it
 * @param testTo bar after the last out-of-sample bar
 * @param best the best in-sample combination, or {@code null} when none had the minimum number of trades (the fold
 *     then stays flat out of sample)
 * @param outOfSample the out-of-sample run with the best parameters, starting with the capital the previous fold
 *     ended with; the averages warm up on the bars before {@code testFrom}
 */
public record WalkForwardFold(
        int index, int trainFrom, int testFrom, int testTo, SweepEntry best, BacktestResult outOfSample) {

    public WalkForwardFold {
        Objects.requireNonNull(outOfSample, "out-of-sample result is required");
        if (index < 0 || trainFrom < 0 || testFrom <= trainFrom || testTo <= testFrom) {
            throw new IllegalArgumentException(
                    "fold windows out of order: " + trainFrom + ", " + testFrom + ", " + testTo);
        }
    }
}
