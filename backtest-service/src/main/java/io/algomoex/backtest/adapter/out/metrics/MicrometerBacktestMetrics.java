package io.algomoex.backtest.adapter.out.metrics;

import io.algomoex.backtest.application.port.BacktestMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters, exported at {@code /actuator/prometheus} as {@code backtest_runs_total{kind}},
 * {@code backtest_run_duration_seconds{kind}}, {@code backtest_sweep_combinations_total},
 * {@code backtest_sweep_bar_combinations_total} (its rate is Grafana's bar-combinations per second),
 * {@code backtest_sweep_bar_combinations_per_second} (a summary: one sample per succeeded sweep, end to end),
 * {@code backtest_sweep_chunk_failures_total} and {@code backtest_sweep_series_loads_total}.
 */
@Component
class MicrometerBacktestMetrics implements BacktestMetrics {

    private final MeterRegistry registry;
    private final Counter combinations;
    private final Counter barCombinations;
    private final DistributionSummary sweepSpeed;
    private final Counter chunkFailures;
    private final Counter seriesLoads;

    MicrometerBacktestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.combinations = Counter.builder("backtest.sweep.combinations")
                .description("Sweep combinations computed and stored by this replica")
                .register(registry);
        this.barCombinations = Counter.builder("backtest.sweep.bar.combinations")
                .description("Bars times combinations computed by this replica")
                .register(registry);
        this.sweepSpeed = DistributionSummary.builder("backtest.sweep.bar.combinations.per.second")
                .description("Bars times combinations per second of each succeeded sweep, from queueing to the last"
                        + " stored chunk")
                .register(registry);
        this.chunkFailures = Counter.builder("backtest.sweep.chunk.failures")
                .description("Sweep chunks that failed to compute or store")
                .register(registry);
        this.seriesLoads = Counter.builder("backtest.sweep.series.loads")
                .description("Times this replica loaded a sweep's candles")
                .register(registry);
        for (String kind : new String[] {"backtest", "sweep", "walk-forward"}) {
            runs(kind);
            duration(kind);
        }
    }

    @Override
    public void runCompleted(String kind, Duration duration) {
        runs(kind).increment();
        duration(kind).record(duration);
    }

    @Override
    public void combinationsCompleted(long count, long bars) {
        combinations.increment(count);
        barCombinations.increment((double) count * bars);
    }

    @Override
    public void sweepSucceeded(double barCombinationsPerSecond) {
        sweepSpeed.record(barCombinationsPerSecond);
    }

    @Override
    public void chunkFailed() {
        chunkFailures.increment();
    }

    @Override
    public void seriesLoaded() {
        seriesLoads.increment();
    }

    private Counter runs(String kind) {
        return Counter.builder("backtest.runs")
                .description("Backtests, sweeps and walk-forward analyses completed")
                .tag("kind", kind)
                .register(registry);
    }

    private Timer duration(String kind) {
        return Timer.builder("backtest.run.duration")
                .description("From request to stored result")
                .tag("kind", kind)
                .publishPercentileHistogram()
                .register(registry);
    }
}
