package io.algomoex.backtest.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The equity curve of a stored run: account value at the close of every bar, as the engine computed it (in {@code
 * double}, like the rest of the simulation). Arrays are copied in and out; the record is immutable.
 *
 * @param times start of each bar, UTC epoch seconds, ascending
 * @param values account value at the close of that bar, roubles
 */
public record RunEquity(long[] times, double[] values) {

    public RunEquity {
        Objects.requireNonNull(times, "times are required");
        Objects.requireNonNull(values, "values are required");
        if (times.length != values.length) {
            throw new IllegalArgumentException(
                    "need one value per bar time, got " + times.length + " times and " + values.length + " values");
        }
        times = times.clone();
        values = values.clone();
    }

    public int size() {
        return times.length;
    }

    public Instant time(int i) {
        return Instant.ofEpochSecond(times[i]);
    }

    public double value(int i) {
        return values[i];
    }

    @Override
    public long[] times() {
        return times.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * How far each value is below the highest value so far, as a fraction of that peak: 0 at a new high, 0.05 five
     * per cent below it. The same peak-to-value measure as the engine's maximum drawdown, per bar.
     */
    public double[] drawdowns() {
        double[] drawdowns = new double[values.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            peak = Math.max(peak, values[i]);
            drawdowns[i] = peak > 0 ? (peak - values[i]) / peak : 0;
        }
        return drawdowns;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunEquity equity
                && Arrays.equals(times, equity.times)
                && Arrays.equals(values, equity.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "RunEquity[" + times.length + " bars]";
    }
}
