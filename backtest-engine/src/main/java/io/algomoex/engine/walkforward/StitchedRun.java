package io.algomoex.engine.walkforward;

import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.metrics.EquityStatistics;
import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.metrics.TradeStatistics;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.EquityCurve;
import io.algomoex.engine.sweep.Objective;
import java.util.List;

/** Joins the out-of-sample runs of walk-forward folds into one curve and one set of metrics. */
final class StitchedRun {

    private StitchedRun() {}

    static WalkForwardResult of(
            BarSeries bars, Objective objective, BacktestSettings settings, List<WalkForwardFold> folds) {
        EquityCurve equity = EquityCurve.concat(
                bars, folds.stream().map(fold -> fold.outOfSample().equity()).toList());
        int first = folds.getFirst().testFrom();
        int end = folds.getLast().testTo();
        int periodsPerYear = bars.calendar().periodsPerYear(first, end);
        EquityStatistics statistics = new EquityStatistics(
                settings.initialCash(),
                EquityStatistics.dailyRiskFree(settings.riskFreeRate(), periodsPerYear),
                bars.calendar().daysBetween(first, end));
        for (int i = 0; i < equity.size(); i++) {
            statistics.record(equity.value(i), false);
            if (i == equity.size() - 1 || !bars.calendar().sameDay(equity.barIndex(i), equity.barIndex(i + 1))) {
                statistics.closeDay(equity.value(i));
            }
        }
        TradeStatistics trades = new TradeStatistics();
        double commission = 0;
        double barsInMarket = 0;
        for (WalkForwardFold fold : folds) {
            BacktestResult run = fold.outOfSample();
            run.trades()
                    .forEach(trade -> trades.tradeClosed(
                            0,
                            0,
                            trade.size(),
                            trade.entryPrice(),
                            trade.exitPrice(),
                            trade.grossProfit(),
                            trade.commission()));
            commission += run.metrics().commissionPaid();
            barsInMarket +=
                    run.metrics().exposurePercent() / 100.0 * run.equity().size();
        }
        double finalValue = folds.getLast().outOfSample().finalValue();
        Metrics metrics = Metrics.of(
                        settings.initialCash(),
                        finalValue,
                        bars.calendar().years(first, end - 1),
                        periodsPerYear,
                        equity.size(),
                        statistics,
                        trades,
                        commission)
                .withExposurePercent(100.0 * barsInMarket / equity.size());
        return new WalkForwardResult(objective, folds, equity, metrics, settings.initialCash(), finalValue);
    }
}
