package io.algomoex.engine.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Account value at the close of every bar of a run, with the bars' start times. Immutable. A curve may be stitched
 * from pieces of one series (walk-forward), so each value keeps the index of its bar.
 */
public final class EquityCurve {

    private final BarSeries bars;
    private final int[] barIndexes;
    private final int firstBar;
    private final double[] values;

    private EquityCurve(BarSeries bars, int[] barIndexes, int firstBar, double[] values) {
        this.bars = bars;
        this.barIndexes = barIndexes;
        this.firstBar = firstBar;
        this.values = values;
    }

    /** The curve of bars {@code from .. from+values.length-1} of a series; takes ownership of the array. */
    public static EquityCurve of(BarSeries bars, int from, double[] values) {
        return new EquityCurve(bars, null, from, values);
    }

    /** Curves of one series one after the other, for stitched walk-forward results. */
    public static EquityCurve concat(BarSeries bars, List<EquityCurve> parts) {
        int length = parts.stream().mapToInt(EquityCurve::size).sum();
        int[] indexes = new int[length];
        double[] values = new double[length];
        int at = 0;
        for (EquityCurve part : parts) {
            for (int i = 0; i < part.size(); i++) {
                indexes[at] = part.barIndex(i);
                values[at++] = part.values[i];
            }
        }
        return new EquityCurve(bars, indexes, 0, values);
    }

    public int size() {
        return values.length;
    }

    /** Start of the bar of point {@code i}. */
    public Instant time(int i) {
        return bars.time(barIndex(i));
    }

    /** Account value at the close of the bar of point {@code i}. */
    public double value(int i) {
        return values[i];
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    public int barIndex(int i) {
        return barIndexes == null ? firstBar + i : barIndexes[i];
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof EquityCurve curve) || curve.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!time(i).equals(curve.time(i))) {
                return false;
            }
        }
        return Arrays.equals(values, curve.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
