package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.WalkForwardReport;
import io.algomoex.backtest.domain.WalkForwardReport.Fold;
import io.algomoex.backtest.domain.WalkForwardReport.Stitched;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.walkforward.WalkForwardFold;
import io.algomoex.engine.walkforward.WalkForwardResult;
import java.util.List;
import java.util.Map;

/** The engine's walk-forward result as stored: bar indices become bar start times. */
final class WalkForwardReports {

    private WalkForwardReports() {}

    static WalkForwardReport of(BarSeries bars, WalkForwardResult result) {
        List<Fold> folds = result.folds().stream().map(fold -> fold(bars, fold)).toList();
        return new WalkForwardReport(
                folds,
                new Stitched(
                        BacktestReports.metrics(result.metrics()),
                        result.initialCash(),
                        result.finalValue(),
                        BacktestReports.equity(result.equity())));
    }

    private static Fold fold(BarSeries bars, WalkForwardFold fold) {
        boolean none = fold.best() == null;
        return new Fold(
                fold.index(),
                bars.time(fold.trainFrom()),
                bars.time(fold.testFrom() - 1),
                bars.time(fold.testFrom()),
                bars.time(fold.testTo() - 1),
                none
                        ? null
                        : Map.of("fast", fold.best().fast(), "slow", fold.best().slow()),
                none ? Map.of() : BacktestReports.metrics(fold.best().metrics()),
                BacktestReports.metrics(fold.outOfSample().metrics()));
    }
}
