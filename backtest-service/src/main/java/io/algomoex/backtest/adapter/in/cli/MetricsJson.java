package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.metrics.Metrics;

/**
 * The engine's metrics with every figure present: an undefined one is printed as {@code null} (the stored report
 * leaves it out instead), and the two counts stay whole numbers.
 */
record MetricsJson(
        double totalReturnPercent,
        double cagrPercent,
        double sharpe,
        double sortino,
        double maxDrawdownPercent,
        double maxDrawdownMoney,
        int maxDrawdownBars,
        int trades,
        double winRatePercent,
        double profitFactor,
        double averageTrade,
        double exposurePercent,
        double commissionPaid,
        double returnOverMaxDrawdown) {

    static MetricsJson of(Metrics metrics) {
        return new MetricsJson(
                metrics.totalReturnPercent(),
                metrics.cagrPercent(),
                metrics.sharpe(),
                metrics.sortino(),
                metrics.maxDrawdownPercent(),
                metrics.maxDrawdownMoney(),
                metrics.maxDrawdownBars(),
                metrics.trades(),
                metrics.winRatePercent(),
                metrics.profitFactor(),
                metrics.averageTrade(),
                metrics.exposurePercent(),
                metrics.commissionPaid(),
                metrics.returnOverMaxDrawdown());
    }
}
