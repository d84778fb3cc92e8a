package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.engine.walkforward.WalkForwardSettings;
import java.util.Objects;

/**
 * A walk-forward analysis: per fold, the best combination of the sweep's grid in sample, run out of sample.
 *
 * @param sweep market, account and grid fields; {@code top} is not used
 * @param trainBars in-sample bars per fold, at least 2
 * @param testBars out-of-sample bars per fold, at least 1; folds follow one another
 * @param anchored whether in-sample windows all start at the first bar
 */
public record WalkForwardRequest(SweepRequest sweep, int trainBars, int testBars, boolean anchored) {

    public WalkForwardRequest {
        Objects.requireNonNull(sweep, "sweep is required");
        if (trainBars < 2) {
            throw new InvalidBacktestRequestException("trainBars", "trainBars must be at least 2, got " + trainBars);
        }
        if (testBars < 1) {
            throw new InvalidBacktestRequestException("testBars", "testBars must be at least 1, got " + testBars);
        }
    }

    /** The engine's windows. */
    public WalkForwardSettings windows() {
        return WalkForwardSettings.of(trainBars, testBars, anchored);
    }
}
