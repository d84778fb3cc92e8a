package io.algomoex.engine;

import io.algomoex.common.strategy.Bar;
import io.algomoex.common.strategy.Signal;
import io.algomoex.common.strategy.Strategy;
import io.algomoex.engine.model.BarSeries;
import java.time.Instant;
import java.util.Map;

/** Small hand-made series and a strategy that signals on chosen bars. */
final class TestBars {

    static final Instant START = Instant.parse("2024-01-03T07:00:00Z");

    private TestBars() {}

    /** Hourly bars from open and close prices; high and low are the larger and smaller of the two. */
    static BarSeries of(double[] open, double[] close) {
        int n = open.length;
        long[] times = new long[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = START.getEpochSecond() + 3600L * i;
            high[i] = Math.max(open[i], close[i]);
            low[i] = Math.min(open[i], close[i]);
            volume[i] = 100;
        }
        return BarSeries.of(times, open, high, low, close, volume);
    }

    /** Bars whose open and close are the same price. */
    static BarSeries flat(double... prices) {
        return of(prices, prices);
    }

    /** Emits the given signals on the given bar indexes and holds otherwise. */
    static Strategy scripted(Map<Integer, Signal> signals) {
        return new Strategy() {
            private int bar;

            @Override
            public int warmUpBars() {
                return 1;
            }

            @Override
            public Signal onBar(Bar closed, double position) {
                return signals.getOrDefault(bar++, Signal.HOLD);
            }
        };
    }
}
