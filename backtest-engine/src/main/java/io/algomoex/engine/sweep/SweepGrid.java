package io.algomoex.engine.sweep;

import io.algomoex.engine.RunSummary;
import io.algomoex.engine.Simulation;
import io.algomoex.engine.metrics.TradeStatistics;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs every {@code fast < slow} combination of a sweep over one window with the {@link SmaCrossKernel}, spread over
 * a pool: workers take chunks of combinations from a shared counter and each keeps its own bounded top list, merged
 * at the end.
 */
public final class SweepGrid {

    private static final int CHUNK = 4;

    private final BarSeries bars;
    private final MovingAverages averages;
    private final SweepSettings sweep;
    private final BacktestSettings settings;
    private final int[] fastOf;
    private final int[] slowOf;

    public SweepGrid(BarSeries bars, MovingAverages averages, SweepSettings sweep, BacktestSettings settings) {
        this.bars = bars;
        this.averages = averages;
        this.sweep = sweep;
        this.settings = settings;
        int combinations = Math.toIntExact(sweep.combinations());
        this.fastOf = new int[combinations];
        this.slowOf = new int[combinations];
        int at = 0;
        for (int fast : sweep.fast().values()) {
            for (int slow : sweep.slow().values()) {
                if (fast < slow) {
                    fastOf[at] = fast;
                    slowOf[at++] = slow;
                }
            }
        }
    }

    /** Runs the grid over bars {@code from .. to-1}. */
    public SweepResult run(int from, int to, ExecutorService pool, SweepProgress progress) {
        int periodsPerYear = bars.calendar().periodsPerYear(from, to);
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicLong qualified = new AtomicLong();
        List<Future<TopEntries>> workers = new ArrayList<>();
        for (int w = 0; w < sweep.threads(); w++) {
            workers.add(pool.submit(() -> {
                TopEntries top = new TopEntries(sweep.top());
                for (int start = next.getAndAdd(CHUNK); start < fastOf.length; start = next.getAndAdd(CHUNK)) {
                    int end = Math.min(start + CHUNK, fastOf.length);
                    for (int c = start; c < end; c++) {
                        SweepEntry entry = runOne(fastOf[c], slowOf[c], from, to, periodsPerYear);
                        if (entry.metrics().trades() >= sweep.minTrades()) {
                            qualified.incrementAndGet();
                            top.offer(entry);
                        }
                    }
                    progress.update(done.addAndGet(end - start), fastOf.length);
                }
                return top;
            }));
        }
        TopEntries merged = new TopEntries(sweep.top());
        for (Future<TopEntries> worker : workers) {
            merged.addAll(await(worker).entries());
        }
        return new SweepResult(sweep.objective(), merged.sorted(), fastOf.length, qualified.get(), to - from);
    }

    int combinations() {
        return fastOf.length;
    }

    int fastOf(int combination) {
        return fastOf[combination];
    }

    int slowOf(int combination) {
        return slowOf[combination];
    }

    SweepEntry runOne(int fast, int slow, int from, int to, int periodsPerYear) {
        TradeStatistics trades = new TradeStatistics();
        Simulation simulation = new Simulation(bars, settings, periodsPerYear, from, to, trades, trades, null);
        RunSummary summary = SmaCrossKernel.run(
                simulation, averages.of(fast), averages.of(slow), fast, slow, sweep.size(), from, from, to);
        double score = sweep.objective().score(summary.finalValue(), summary.metrics());
        return new SweepEntry(fast, slow, score, summary.finalValue(), summary.metrics());
    }

    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("sweep worker failed", e.getCause());
        }
    }
}
