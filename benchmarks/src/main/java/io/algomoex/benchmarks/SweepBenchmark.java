package io.algomoex.benchmarks;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.Sweep;
import io.algomoex.engine.sweep.SweepProgress;
import io.algomoex.engine.sweep.SweepResult;
import io.algomoex.engine.sweep.SweepSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sweeps of everyday sizes on all cores, objective Sharpe, top 10, moving averages computed inside the measured
 * call: {@code grid} is {@code FAST x SLOW} ({@code 10:19:1 x 40:80:10} = 50 combinations, {@code 10:30:2 x
 * 40:100:10} = 77, {@code 5:44:1 x 50:295:5} = 2,000), over {@code bars} generated hourly bars. The
 * {@code barCombinations} counter is the score: bars times combinations per second; the primary score is sweeps per
 * second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class SweepBenchmark {

    @Param({"10:19:1 x 40:80:10", "10:30:2 x 40:100:10", "5:44:1 x 50:295:5"})
    public String grid;

    @Param({"100000", "300000", "1000000"})
    public int bars;

    private BarSeries series;
    private BacktestSettings settings;
    private SweepSettings sweep;

    /** Bar-combinations of the sweeps run, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {

        public long barCombinations;

        @Setup(Level.Iteration)
        public void reset() {
            barCombinations = 0;
        }
    }

    @Setup
    public void generate() {
        series = RandomWalkSeries.generate(bars, 42);
        settings = BacktestSettings.backtrader(1_000_000, 0.0005);
        String[] ranges = grid.split(" x ");
        sweep = new SweepSettings(
                ParameterRange.parse(ranges[0]),
                ParameterRange.parse(ranges[1]),
                10,
                Objective.SHARPE,
                10,
                0,
                SweepSettings.allCores());
    }

    @Benchmark
    public SweepResult sweep(Counters counters) {
        SweepResult result = Sweep.run(series, sweep, settings, SweepProgress.NONE);
        counters.barCombinations += result.combinations() * (long) result.bars();
        return result;
    }
}
