package io.algomoex.engine.walkforward;

/**
 * Walk-forward windows, in bars. Fold {@code k} tests on bars {@code [train + k*step, train + k*step + test)}; it
 * trains on the {@code train} bars before that (rolling) or on every bar from the first one (anchored).
 *
 * @param trainBars in-sample bars of the first fold (of every fold when rolling), at least 2
 * @param testBars out-of-sample bars per fold, at least 1
 * @param stepBars bars between fold starts, at least {@code testBars} so that out-of-sample windows never overlap
 * @param anchored whether in-sample windows all start at the first bar
 */
public record WalkForwardSettings(int trainBars, int testBars, int stepBars, boolean anchored) {

    public WalkForwardSettings {
        if (trainBars < 2 || testBars < 1) {
            throw new IllegalArgumentException(
                    "need at least 2 training bars and 1 test bar, got " + trainBars + " and " + testBars);
        }
        if (stepBars < testBars) {
            throw new IllegalArgumentException("step " + stepBars + " is shorter than the test window " + testBars
                    + ": out-of-sample windows would overlap and could not be stitched");
        }
    }

    /** Folds one after the other: the step equals the test window. */
    public static WalkForwardSettings of(int trainBars, int testBars, boolean anchored) {
        return new WalkForwardSettings(trainBars, testBars, testBars, anchored);
    }
}
