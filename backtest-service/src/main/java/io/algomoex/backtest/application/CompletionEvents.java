package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.backtest.domain.RankedEntry;
import io.algomoex.common.event.BacktestCompleted;
import io.algomoex.common.event.SweepCompleted;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The headline numbers of finished work as {@code backtest.completed} and {@code sweep.completed} payloads. */
final class CompletionEvents {

    private CompletionEvents() {}

    static BacktestCompleted backtest(BacktestReport report, String publicUrl) {
        BacktestSetup setup = report.request().setup();
        Map<String, Double> metrics = report.metrics();
        double drawdown = metrics.getOrDefault("maxDrawdownPercent", 0.0) / 100.0;
        Double sharpe = metrics.get("sharpe");
        return new BacktestCompleted(
                report.id().toString(),
                setup.strategy(),
                setup.instrument().secid(),
                setup.instrument().board(),
                setup.timeframe().code(),
                BigDecimal.valueOf(metrics.getOrDefault("totalReturnPercent", 0.0))
                        .movePointLeft(2),
                BigDecimal.valueOf(Math.clamp(drawdown, 0.0, 1.0)),
                sharpe == null ? null : BigDecimal.valueOf(sharpe),
                (int) Math.round(metrics.getOrDefault("trades", 0.0)),
                publicUrl + "/backtests/" + report.id());
    }

    /** Empty when no combination qualified with a defined objective: there is no best to announce. */
    static Optional<SweepCompleted> sweep(SweepJob job, RankedEntry best, String publicUrl) {
        if (best == null || best.objective() == null) {
            return Optional.empty();
        }
        SweepRequest request = job.request();
        BacktestSetup setup = request.setup();
        return Optional.of(new SweepCompleted(
                job.id().toString(),
                setup.strategy(),
                setup.instrument().secid(),
                setup.instrument().board(),
                setup.timeframe().code(),
                job.combinations(),
                request.objective().code(),
                Map.of("fast", String.valueOf(best.fast()), "slow", String.valueOf(best.slow())),
                BigDecimal.valueOf(best.objective()),
                publicUrl + "/sweeps/" + job.id()));
    }
}
