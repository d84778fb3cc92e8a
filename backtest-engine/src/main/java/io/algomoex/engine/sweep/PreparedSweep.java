package io.algomoex.engine.sweep;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A sweep over a whole series, prepared once so that its combinations can be run in separate pieces, for example one
 * chunk per message on a work queue. Combinations are numbered {@code 0 .. combinations()-1} in the order {@link
 * Sweep} runs them (fast ascending, then slow ascending, {@code fast < slow} only). Running every piece and ranking the
 * entries with {@link Sweep#rank} gives exactly the top list of {@link Sweep#run}. Thread-safe once built.
 */
public final class PreparedSweep {

    private final BarSeries bars;
    private final SweepGrid grid;
    private final int periodsPerYear;

    private PreparedSweep(BarSeries bars, SweepGrid grid) {
        this.bars = bars;
        this.grid = grid;
        this.periodsPerYear = bars.calendar().periodsPerYear(0, bars.size());
    }

    /** Computes every moving average the grid needs, on {@link SweepSettings#threads()} threads. */
    public static PreparedSweep of(BarSeries bars, SweepSettings sweep, BacktestSettings settings) {
        ExecutorService pool = Executors.newFixedThreadPool(sweep.threads());
        try {
            MovingAverages averages = MovingAverages.compute(bars.closeArray(), Sweep.periods(sweep), pool);
            return new PreparedSweep(bars, new SweepGrid(bars, averages, sweep, settings));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The number of combinations with {@code fast < slow}. */
    public int combinations() {
        return grid.combinations();
    }

    /** Bars in the series. */
    public int bars() {
        return bars.size();
    }

    /**
     * Runs combinations {@code first .. end-1} over the whole series, in order, on the calling thread.
     *
     * @return one entry per combination, whatever its number of trades
     * @throws IndexOutOfBoundsException when the range is not within {@code 0 .. combinations()}
     */
    public List<SweepEntry> run(int first, int end) {
        if (first < 0 || end > combinations() || first > end) {
            throw new IndexOutOfBoundsException("combinations " + first + ".." + end + " outside 0.." + combinations());
        }
        List<SweepEntry> entries = new ArrayList<>(end - first);
        for (int c = first; c < end; c++) {
            entries.add(grid.runOne(grid.fastOf(c), grid.slowOf(c), 0, bars.size(), periodsPerYear));
        }
        return entries;
    }
}
