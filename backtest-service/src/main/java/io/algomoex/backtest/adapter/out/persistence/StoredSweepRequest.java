package io.algomoex.backtest.adapter.out.persistence;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.algomoex.backtest.application.MarketFields;
import io.algomoex.backtest.application.SweepRequest;
import io.algomoex.backtest.application.WalkForwardRequest;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;

/**
 * The JSON shape of a job's request in {@code backtest.sweeps.request}: the setup's plain fields, ranges as
 * {@code from:to:step}, the objective by its code; the walk-forward windows are {@code null} for a sweep.
 */
record StoredSweepRequest(
        @JsonUnwrapped MarketFields setup,
        String fast,
        String slow,
        String objective,
        int minTrades,
        int top,
        Integer trainBars,
        Integer testBars,
        Boolean anchored) {

    static StoredSweepRequest of(SweepRequest request, WalkForwardRequest walkForward) {
        return new StoredSweepRequest(
                MarketFields.of(request.setup()),
                request.fast().toString(),
                request.slow().toString(),
                request.objective().code(),
                request.minTrades(),
                request.top(),
                walkForward == null ? null : walkForward.trainBars(),
                walkForward == null ? null : walkForward.testBars(),
                walkForward == null ? null : walkForward.anchored());
    }

    SweepRequest toRequest() {
        return new SweepRequest(
                setup.toSetup(),
                ParameterRange.parse(fast),
                ParameterRange.parse(slow),
                Objective.parse(objective),
                minTrades,
                top);
    }

    /** {@code null} for a sweep. */
    WalkForwardRequest toWalkForward() {
        return trainBars == null ? null : new WalkForwardRequest(toRequest(), trainBars, testBars, anchored);
    }
}
