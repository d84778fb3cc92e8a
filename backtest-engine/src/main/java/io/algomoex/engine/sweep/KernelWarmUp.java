package io.algomoex.engine.sweep;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import java.util.function.BooleanSupplier;

/**
 * Runs a sweep's own grid on generated bars so that the JIT has compiled the moving averages and the kernel, with
 * profiles like the real run's, before the real sweep starts. In a fresh process the kernel's loops reach their
 * compiled form only after tens of thousands of bars and a second or so of compiler time, and code compiled on data
 * that never took a branch is thrown away when real data takes it. So the generated bars are a random walk with
 * stretches of unchanged prices (as an illiquid instrument or a halted session prints), where a fast and a slow average
 * become equal and the cross-over sees a zero difference, and every round recomputes the averages. Meant to run on a
 * spare core while the candles are read. The results are thrown away; nothing is shared with later sweeps but the
 * compiled code.
 */
public final class KernelWarmUp {

    private static final int BARS = 20_000;
    private static final int FLAT_EVERY = 2_500;
    // Periods beyond this would make the generated series, and each round, too long to be worth it.
    private static final int LONGEST_OWN_PERIOD = 2_000;
    private static final int STALE_ROUNDS = 3;
    private static final int IMPROVEMENT_PERCENT = 10;
    private static final SweepSettings FALLBACK_GRID = new SweepSettings(
            new ParameterRange(5, 25, 5), new ParameterRange(30, 70, 10), 10, Objective.SHARPE, 1, 0, 1);

    private KernelWarmUp() {}

    /**
     * Sweeps {@code grid} (or a small grid of its own when {@code grid}'s periods are very long) over generated bars
     * with {@code settings}, on the calling thread, again and again, until the rounds stop getting faster ({@value
     * #STALE_ROUNDS} rounds in a row not {@value #IMPROVEMENT_PERCENT} % faster than the fastest before them: the JIT
     * has compiled what it will), {@code stop} returns {@code true} (checked between combinations) or {@code maxRounds}
     * grids have run. Stopping once compiled matters where cores are few: a warm-up that went on would take the core
     * that reading the file and the JIT's own compiler threads need.
     */
    public static void run(BacktestSettings settings, SweepSettings grid, BooleanSupplier stop, int maxRounds) {
        int longest = Math.max(grid.fast().to(), grid.slow().to());
        SweepSettings own = longest <= LONGEST_OWN_PERIOD
                ? new SweepSettings(grid.fast(), grid.slow(), grid.size(), grid.objective(), 1, 0, 1)
                : FALLBACK_GRID;
        int flatLength = Math.max(own.fast().to(), own.slow().to()) + 50;
        BarSeries bars = series(BARS + 4 * flatLength, flatLength, 1);
        long fastest = Long.MAX_VALUE;
        int stale = 0;
        for (int round = 0; round < maxRounds && stale < STALE_ROUNDS; round++) {
            long started = System.nanoTime();
            PreparedSweep sweep = PreparedSweep.of(bars, own, settings);
            for (int c = 0; c < sweep.combinations(); c++) {
                if (stop.getAsBoolean()) {
                    return;
                }
                sweep.run(c, c + 1);
            }
            long took = System.nanoTime() - started;
            stale = took < fastest / 100 * (100 - IMPROVEMENT_PERCENT) ? 0 : stale + 1;
            fastest = Math.min(fastest, took);
        }
    }

    /**
     * A seeded random walk of {@code size} bars in which, every {@value #FLAT_EVERY} bars, {@code flatLength} bars repeat
     * the last close, followed by one bar a step away from it and one bar a step back past it. After the stretch every
     * average equals the repeated price; the first of the two bars crosses the averages over (when it moves against
     * the last non-zero difference) and the second makes them equal again, at the bar where the order placed on the
     * cross is filled. The direction alternates from stretch to stretch, so both a buy and a close meet a zero
     * difference.
     */
    static BarSeries series(int size, int flatLength, long seed) {
        BarSeries walk = RandomWalkSeries.generate(size, seed);
        long[] times = new long[size];
        double[] open = walk.openArray().clone();
        double[] high = walk.highArray().clone();
        double[] low = walk.lowArray().clone();
        double[] close = walk.closeArray().clone();
        double[] volume = new double[size];
        int cycle = FLAT_EVERY + flatLength + 2;
        double flat = 0;
        for (int i = 0; i < size; i++) {
            times[i] = walk.time(i).getEpochSecond();
            volume[i] = walk.volume(i);
            int inCycle = i % cycle;
            if (i == 0 || inCycle < FLAT_EVERY) {
                continue;
            }
            if (inCycle == FLAT_EVERY) {
                flat = close[i - 1];
            }
            // Whole cents on both sides, as the walk's prices: the two moves cancel exactly in every window sum.
            long step = Math.max(1, Math.round(flat));
            long direction = (i / cycle) % 2 == 0 ? 1 : -1;
            long cents = Math.round(flat * 100);
            double price = inCycle == cycle - 2
                    ? (cents + direction * step) / 100.0
                    : inCycle == cycle - 1 ? (cents - direction * step) / 100.0 : flat;
            open[i] = price;
            high[i] = price;
            low[i] = price;
            close[i] = price;
        }
        return BarSeries.of(times, open, high, low, close, volume);
    }
}
