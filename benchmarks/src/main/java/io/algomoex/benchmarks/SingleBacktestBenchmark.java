package io.algomoex.benchmarks;

import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Backtrader-compatible backtest of SMA(20)/SMA(50) cross through the strategy-driven engine (the path the
 * {@code backtest} command takes), over a seeded random walk of hourly bars. Score: milliseconds per backtest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SingleBacktestBenchmark {

    @Param("100000")
    public int bars;

    private BarSeries series;
    private BacktestSettings settings;

    @Setup
    public void generate() {
        series = RandomWalkSeries.generate(bars, 42);
        settings = BacktestSettings.backtrader(1_000_000, 0.0005);
    }

    @Benchmark
    public BacktestResult smaCross() {
        return BacktestEngine.run(series, new SmaCrossStrategy(20, 50, 10), settings);
    }
}
