package io.algomoex.engine.sweep;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import java.util.function.BooleanSupplier;

/**
 * Runs the sweep kernel on generated bars so that the JIT has compiled it before a real sweep starts. The kernel's
 * loops reach their compiled form only after tens of thousands of bars and a second or so of compiler time; in a
 * fresh process that otherwise lands inside the first sweep. Meant to run on a spare core while the candles are
 * read. The results are thrown away; nothing is shared with later sweeps but the compiled code.
 */
public final class KernelWarmUp {

    private static final int BARS = 20_000;
    private static final SweepSettings GRID = new SweepSettings(
            new ParameterRange(5, 25, 5), new ParameterRange(30, 70, 10), 10, Objective.SHARPE, 1, 0, 1);

    private KernelWarmUp() {}

    /**
     * Sweeps a small grid over generated bars with {@code settings}, again and again, until {@code stop} returns
     * {@code true} (checked between combinations) or {@code maxRounds} grids have run.
     */
    public static void run(BacktestSettings settings, BooleanSupplier stop, int maxRounds) {
        BarSeries bars = RandomWalkSeries.generate(BARS, 1);
        PreparedSweep sweep = PreparedSweep.of(bars, GRID, settings);
        for (int round = 0; round < maxRounds; round++) {
            for (int c = 0; c < sweep.combinations(); c++) {
                if (stop.getAsBoolean()) {
                    return;
                }
                sweep.run(c, c + 1);
            }
        }
    }
}
