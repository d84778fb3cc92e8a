package io.algomoex.engine.walkforward;

import io.algomoex.common.strategy.Signal;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.common.strategy.Strategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.MovingAverages;
import io.algomoex.engine.sweep.Sweep;
import io.algomoex.engine.sweep.SweepEntry;
import io.algomoex.engine.sweep.SweepGrid;
import io.algomoex.engine.sweep.SweepProgress;
import io.algomoex.engine.sweep.SweepResult;
import io.algomoex.engine.sweep.SweepSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Walk-forward analysis of the SMA cross strategy: per fold, the best parameters on the in-sample window (by the
 * sweep's objective and minimum trades), then a run of {@link SmaCrossStrategy} with them on the out-of-sample window
 * through the strategy-driven engine. Each fold starts flat with the capital the previous fold ended with (an open
 * position is marked at the fold's last close); the out-of-sample curves are stitched into one.
 */
public final class WalkForward {

    private WalkForward() {}

    /**
     * @throws IllegalArgumentException when the series is shorter than one training window plus one bar
     */
    public static WalkForwardResult run(
            BarSeries bars,
            SweepSettings sweep,
            WalkForwardSettings windows,
            BacktestSettings settings,
            SweepProgress progress) {
        if (bars.size() <= windows.trainBars()) {
            throw new IllegalArgumentException("walk-forward needs more than " + windows.trainBars()
                    + " bars (one training window and a test bar), the series has " + bars.size());
        }
        ExecutorService pool = Executors.newFixedThreadPool(sweep.threads());
        try {
            MovingAverages averages = MovingAverages.compute(bars.closeArray(), Sweep.periods(sweep), pool);
            SweepGrid grid = new SweepGrid(bars, averages, sweep, settings);
            int foldCount = (bars.size() - windows.trainBars() - 1) / windows.stepBars() + 1;
            List<WalkForwardFold> folds = new ArrayList<>();
            double capital = settings.initialCash();
            for (int k = 0; k < foldCount; k++) {
                int testFrom = windows.trainBars() + k * windows.stepBars();
                int trainFrom = windows.anchored() ? 0 : testFrom - windows.trainBars();
                int testTo = Math.min(testFrom + windows.testBars(), bars.size());
                long offset = (long) k * sweep.combinations();
                SweepResult inSample = grid.run(
                        trainFrom, testFrom, pool, (done, total) -> progress.update(offset + done, total * foldCount));
                SweepEntry best =
                        inSample.best().isEmpty() ? null : inSample.best().getFirst();
                BacktestResult outOfSample =
                        outOfSample(bars, best, sweep.size(), settings.withInitialCash(capital), testFrom, testTo);
                folds.add(new WalkForwardFold(k, trainFrom, testFrom, testTo, best, outOfSample));
                capital = outOfSample.finalValue();
            }
            return StitchedRun.of(bars, sweep.objective(), settings, folds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static BacktestResult outOfSample(
            BarSeries bars, SweepEntry best, double size, BacktestSettings settings, int testFrom, int testTo) {
        if (best == null) {
            return BacktestEngine.run(bars, new StayFlat(), settings, testFrom, testFrom, testTo);
        }
        Strategy strategy = new SmaCrossStrategy(best.fast(), best.slow(), size);
        int warmUpFrom = Math.max(0, testFrom - (strategy.warmUpBars() - 1));
        return BacktestEngine.run(bars, strategy, settings, warmUpFrom, testFrom, testTo);
    }

    /** What a fold without qualifying parameters does out of sample: nothing. */
    private static final class StayFlat implements Strategy {

        @Override
        public int warmUpBars() {
            return 1;
        }

        @Override
        public Signal onBar(io.algomoex.common.strategy.Bar bar, double position) {
            return Signal.HOLD;
        }
    }
}
