package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.BacktestMetrics;
import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.backtest.domain.CandlesNotFoundException;
import io.algomoex.backtest.domain.RunEquity;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.EquityCurve;
import io.algomoex.service.outbox.EventOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Replays stored candles through the SMA-cross strategy with the Backtrader-compatible engine, stores the run and,
 * in the same transaction, its {@code backtest.completed} event in the outbox.
 */
@Service
public class RunBacktest {

    private final MarketBars marketBars;
    private final BacktestRunStore runs;
    private final EventOutbox outbox;
    private final BacktestMetrics metrics;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final String publicUrl;

    RunBacktest(
            MarketBars marketBars,
            BacktestRunStore runs,
            EventOutbox outbox,
            BacktestMetrics metrics,
            TransactionOperations transactions,
            Clock clock,
            SweepJobSettings settings) {
        this.marketBars = marketBars;
        this.runs = runs;
        this.outbox = outbox;
        this.metrics = metrics;
        this.transactions = transactions;
        this.clock = clock;
        this.publicUrl = settings.publicUrl();
    }

    /**
     * @throws CandlesNotFoundException when the instrument is unknown or has no candles in the range
     */
    public BacktestReport run(BacktestRequest request) {
        Instant started = clock.instant();
        BarSeries bars = marketBars.load(request.setup());
        BacktestResult result = BacktestEngine.run(
                bars,
                new SmaCrossStrategy(
                        request.fast(), request.slow(), request.setup().size().doubleValue()),
                AccountSettings.of(request.setup()));
        // PostgreSQL keeps microseconds: the report returned now must equal the one read back later.
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        BacktestReport report = BacktestReports.of(UUID.randomUUID(), createdAt, request, bars.size(), result);
        transactions.executeWithoutResult(status -> {
            runs.save(report, equity(result.equity()));
            outbox.append(CompletionEvents.backtest(report, publicUrl));
        });
        metrics.runCompleted("backtest", Duration.between(started, clock.instant()));
        outbox.relaySoon();
        return report;
    }

    private static RunEquity equity(EquityCurve curve) {
        long[] times = new long[curve.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = curve.time(i).getEpochSecond();
        }
        return new RunEquity(times, curve.values());
    }
}
