package io.algomoex.engine.sweep;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * Grid sweeps of the SMA cross strategy: every {@code fast < slow} combination of two ranges, ranked by an
 * objective. Each moving-average period is computed once and shared; combinations run in parallel on {@link
 * SweepSettings#threads()} threads; only the best {@link SweepSettings#top()} are kept.
 */
public final class Sweep {

    private Sweep() {}

    /** Sweeps the whole series. */
    public static SweepResult run(
            BarSeries bars, SweepSettings sweep, BacktestSettings settings, SweepProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(sweep.threads());
        try {
            MovingAverages averages = MovingAverages.compute(bars.closeArray(), periods(sweep), pool);
            return new SweepGrid(bars, averages, sweep, settings).run(0, bars.size(), pool, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Ranks entries as {@link #run} does: those with at least {@link SweepSettings#minTrades()} trades, best first (a
     * higher score, a defined score before an undefined one, then smaller fast, then smaller slow), at most {@link
     * SweepSettings#top()}.
     */
    public static List<SweepEntry> rank(Collection<SweepEntry> entries, SweepSettings sweep) {
        TopEntries top = new TopEntries(sweep.top());
        for (SweepEntry entry : entries) {
            if (entry.metrics().trades() >= sweep.minTrades()) {
                top.offer(entry);
            }
        }
        return top.sorted();
    }

    /** Every period either range contains. */
    public static int[] periods(SweepSettings sweep) {
        return IntStream.concat(
                        Arrays.stream(sweep.fast().values()),
                        Arrays.stream(sweep.slow().values()))
                .distinct()
                .toArray();
    }
}
