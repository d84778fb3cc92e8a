package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.SweepEntry;
import io.algomoex.engine.walkforward.WalkForwardFold;
import java.time.Instant;

/**
 * One fold: window starts and the last test bar, the best in-sample combination ({@code null} fields when none
 * had the minimum trades) and its run out of sample.
 */
record FoldJson(
        int fold,
        Instant trainStart,
        Instant testStart,
        Instant testEnd,
        Integer fast,
        Integer slow,
        InSample inSample,
        ResultJson outOfSample) {

    static FoldJson of(BarSeries bars, WalkForwardFold fold) {
        SweepEntry best = fold.best();
        return new FoldJson(
                fold.index() + 1,
                bars.time(fold.trainFrom()),
                bars.time(fold.testFrom()),
                bars.time(fold.testTo() - 1),
                best == null ? null : best.fast(),
                best == null ? null : best.slow(),
                best == null ? null : new InSample(best.score(), MetricsJson.of(best.metrics())),
                ResultJson.of(fold.outOfSample(), false));
    }

    record InSample(double objective, MetricsJson metrics) {}
}
