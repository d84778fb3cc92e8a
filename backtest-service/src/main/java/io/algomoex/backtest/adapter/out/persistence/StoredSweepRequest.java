package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.SweepRequest;
import io.algomoex.backtest.application.WalkForwardRequest;
import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.backtest.engine.Objective;
import io.algomoex.backtest.engine.ParameterRange;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The JSON shape of a job's request in {@code backtest.sweeps.request}: plain fields, ranges as {@code from:to:step},
 * the objective by its code; the walk-forward windows are {@code null} for a sweep.
 */
record StoredSweepRequest(
        String secid,
        String board,
        String timeframe,
        LocalDate from,
        LocalDate till,
        String strategy,
        BigDecimal cash,
        BigDecimal commission,
        BigDecimal size,
        String fill,
        BigDecimal slippageBps,
        Integer lotSize,
        BigDecimal priceStep,
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
                request.setup().instrument().secid(),
                request.setup().instrument().board(),
                request.setup().timeframe().code(),
                request.setup().from(),
                request.setup().till(),
                request.setup().strategy(),
                request.setup().cash(),
                request.setup().commission(),
                request.setup().size(),
                request.setup().fill(),
                request.setup().slippageBps(),
                request.setup().lotSize(),
                request.setup().priceStep(),
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
                new BacktestSetup(
                        new Instrument(secid, board),
                        Timeframe.parse(timeframe),
                        from,
                        till,
                        strategy,
                        cash,
                        commission,
                        size,
                        fill,
                        slippageBps,
                        lotSize,
                        priceStep),
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
