package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.application.port.CandleHistory;
import io.algomoex.backtest.application.port.CandleHistory.StoredBars;
import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.backtest.domain.CandlesNotFoundException;
import io.algomoex.backtest.domain.RunEquity;
import io.algomoex.backtest.engine.BacktestEngine;
import io.algomoex.backtest.engine.BacktestResult;
import io.algomoex.backtest.engine.BacktestSettings;
import io.algomoex.backtest.engine.BarSeries;
import io.algomoex.backtest.engine.EquityCurve;
import io.algomoex.backtest.engine.FillModel;
import io.algomoex.backtest.engine.Sizing;
import io.algomoex.common.strategy.SmaCrossStrategy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Replays stored candles through the SMA-cross strategy with the Backtrader-compatible engine and stores the run. */
@Service
public class RunBacktest {

    private final CandleHistory candles;
    private final BacktestRunStore runs;
    private final Clock clock;

    RunBacktest(CandleHistory candles, BacktestRunStore runs, Clock clock) {
        this.candles = candles;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * @throws CandlesNotFoundException when the instrument is unknown or has no candles in the range
     */
    public BacktestReport run(BacktestRequest request) {
        StoredBars bars = candles.load(request.instrument(), request.timeframe(), request.start(), request.end());
        if (bars.size() == 0) {
            throw new CandlesNotFoundException(missing(request));
        }
        BacktestResult result = BacktestEngine.run(
                BarSeries.of(bars.times(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume()),
                new SmaCrossStrategy(
                        request.fast(), request.slow(), request.size().doubleValue()),
                settings(request));
        // PostgreSQL keeps microseconds: the report returned now must equal the one read back later.
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        BacktestReport report = BacktestReports.of(UUID.randomUUID(), createdAt, request, bars.size(), result);
        runs.save(report, equity(result.equity()));
        return report;
    }

    private String missing(BacktestRequest request) {
        if (!candles.knows(request.instrument().secid())) {
            return "unknown instrument " + request.instrument().secid() + ": no candles of it are stored; collect"
                    + " or import them first";
        }
        return "no " + request.timeframe() + " candles of " + request.instrument() + " between " + request.from()
                + " and " + request.till();
    }

    private static RunEquity equity(EquityCurve curve) {
        long[] times = new long[curve.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = curve.time(i).getEpochSecond();
        }
        return new RunEquity(times, curve.values());
    }

    static BacktestSettings settings(BacktestRequest request) {
        BacktestSettings settings = BacktestSettings.backtrader(
                        request.cash().doubleValue(), request.commission().doubleValue())
                .withFillModel("signal-close".equals(request.fill()) ? FillModel.SIGNAL_CLOSE : FillModel.NEXT_OPEN)
                .withSlippageBps(request.slippageBps().doubleValue());
        if (request.lotSize() != null) {
            BigDecimal step = request.priceStep() != null ? request.priceStep() : new BigDecimal("0.01");
            settings = settings.withSizing(new Sizing.Lots(request.lotSize(), step));
        }
        return settings;
    }
}
