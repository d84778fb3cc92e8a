package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.application.port.CandleHistory;
import io.algomoex.backtest.application.port.CandleHistory.StoredBars;
import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.common.strategy.SimpleMovingAverage;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Gathers what the report page of a stored run draws. Candles are re-read for the run's range rather than stored
 * twice; the averages come from {@link SimpleMovingAverage}, the class the SMA-cross strategy itself updates bar by
 * bar (and the engine's sweeps use), so the lines cross exactly where the strategy saw them cross.
 */
@Service
public class ChartBacktest {

    private static final String COMPLETED = "COMPLETED";

    private final BacktestRunStore runs;
    private final CandleHistory candles;

    ChartBacktest(BacktestRunStore runs, CandleHistory candles) {
        this.runs = runs;
        this.candles = candles;
    }

    /** The chart of a stored run, or empty when there is no run with that id. */
    public Optional<BacktestChart> chart(UUID id) {
        return runs.find(id).map(report -> chart(id, report));
    }

    private BacktestChart chart(UUID id, BacktestReport report) {
        BacktestRequest request = report.request();
        BacktestSetup setup = request.setup();
        StoredBars bars = candles.load(setup.instrument(), setup.timeframe(), setup.start(), setup.end());
        return new BacktestChart(
                bars,
                request.fast(),
                request.slow(),
                SimpleMovingAverage.over(bars.close(), request.fast()),
                SimpleMovingAverage.over(bars.close(), request.slow()),
                report.orders().stream()
                        .filter(order -> COMPLETED.equals(order.status()))
                        .map(order -> new BacktestChart.Marker(order.time(), order.side(), order.price()))
                        .toList(),
                runs.findEquity(id).orElse(null));
    }
}
