package io.algomoex.engine.sweep;

import io.algomoex.common.strategy.SimpleMovingAverage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Exact simple moving averages of the closes, one array per period, each computed once and shared by every
 * combination that uses the period. Memory: one {@code double} per bar and period.
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
        List<Future<double[]>> pending = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int period : periods) {
            if (!order.contains(period)) {
                order.add(period);
                pending.add(pool.submit(() -> SimpleMovingAverage.over(closes, period)));
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
