package io.algomoex.benchmarks;

import io.algomoex.backtest.engine.BacktestSettings;
import io.algomoex.backtest.engine.BarSeries;
import io.algomoex.backtest.engine.Objective;
import io.algomoex.backtest.engine.ParameterRange;
import io.algomoex.backtest.engine.RandomWalkSeries;
import io.algomoex.backtest.engine.Sweep;
import io.algomoex.backtest.engine.SweepProgress;
import io.algomoex.backtest.engine.SweepResult;
import io.algomoex.backtest.engine.SweepSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A sweep of fast 5:50:1 x slow 20:200:5 (1,590 combinations with fast < slow) over 100,000 bars on all cores,
 * objective Sharpe, top 10. One operation is one bar of one combination, so the score is bar-combinations per
 * second; the moving averages are computed inside the measured call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SweepBenchmark {

    private static final int BARS = 100_000;
    private static final int COMBINATIONS = 1_590;

    private BarSeries series;
    private BacktestSettings settings;
    private SweepSettings sweep;

    @Setup
    public void generate() {
        series = RandomWalkSeries.generate(BARS, 42);
        settings = BacktestSettings.backtrader(1_000_000, 0.0005);
        sweep = new SweepSettings(
                ParameterRange.parse("5:50:1"),
                ParameterRange.parse("20:200:5"),
                10,
                Objective.SHARPE,
                10,
                0,
                SweepSettings.allCores());
        if (sweep.combinations() != COMBINATIONS) {
            throw new IllegalStateException("grid has " + sweep.combinations() + " combinations");
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS * COMBINATIONS)
    public SweepResult grid() {
        return Sweep.run(series, sweep, settings, SweepProgress.NONE);
    }
}
