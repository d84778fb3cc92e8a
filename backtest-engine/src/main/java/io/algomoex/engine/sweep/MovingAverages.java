package io.algomoex.engine.sweep;

import io.algomoex.common.strategy.SimpleMovingAverage;
import io.algomoex.common.strategy.WindowSums;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Exact simple moving averages of the closes, one array per period, each computed once and shared by every
 * combination that uses the period. The closes are put on integer grids once ({@link WindowSums}), so each period is
 * a sliding sum of {@code long}s, with the same bits as {@link SimpleMovingAverage#over}. Memory: one {@code double}
 * per bar and period, and about one {@code long} per bar while computing.
 */
public final class MovingAverages {

    private final double[][] byPeriod;

    private MovingAverages(double[][] byPeriod) {
        this.byPeriod = byPeriod;
    }

    public static MovingAverages compute(double[] closes, int[] periods, ExecutorService pool) {
        int largest = 0;
        for (int period : periods) {
            largest = Math.max(largest, period);
        }
        double[][] byPeriod = new double[largest + 1][];
        WindowSums sums = WindowSums.of(closes, Math.max(1, largest));
        List<Future<double[]>> pending = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int period : periods) {
            if (!order.contains(period)) {
                order.add(period);
                pending.add(pool.submit(() -> sums.simpleMovingAverage(period)));
            }
        }
        for (int i = 0; i < order.size(); i++) {
            byPeriod[order.get(i)] = SweepGrid.await(pending.get(i));
        }
        return new MovingAverages(byPeriod);
    }

    double[] of(int period) {
        return byPeriod[period];
    }
}
