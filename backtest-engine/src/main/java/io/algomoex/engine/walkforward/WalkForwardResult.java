package io.algomoex.engine.walkforward;

import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.model.EquityCurve;
import io.algomoex.engine.sweep.Objective;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a walk-forward analysis.
 *
 * @param objective what the in-sample sweeps maximised
 * @param folds every fold in time order
 * @param equity the out-of-sample equity curves of all folds, one after the other
 * @param metrics metrics of the stitched out-of-sample run, from the stitched curve and all folds' closed trades
 * @param initialCash capital of the first fold
 * @param finalValue value at the end of the last fold
 */
public record WalkForwardResult(
        Objective objective,
        List<WalkForwardFold> folds,
        EquityCurve equity,
        Metrics metrics,
        double initialCash,
        double finalValue) {

    public WalkForwardResult {
        Objects.requireNonNull(objective, "objective is required");
        folds = List.copyOf(folds);
        Objects.requireNonNull(equity, "equity is required");
        Objects.requireNonNull(metrics, "metrics are required");
    }
}
