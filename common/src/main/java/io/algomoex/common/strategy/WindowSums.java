package io.algomoex.common.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Simple moving averages of one series for many periods, each bit-identical to {@link SimpleMovingAverage#over} but
 * computed as sliding sums of {@code long}s. The series is cut into segments of up to {@value #SEGMENT} averages (shorter
 * where the prices span too many powers of two for the longest window's sum, see {@link #of}); the values
 * a segment's windows read are written once as whole multiples of one power of two, {@code 2^grid}, the coarsest that
 * holds them all. A window's sum is then an exact integer, converted to {@code double} once (rounded to nearest, ties
 * to even) and scaled by {@code 2^grid} (exact): the correctly rounded sum, which is what {@code math.fsum} and
 * {@link SimpleMovingAverage} give whatever grid they use. Only the work per value is smaller: one addition and one
 * subtraction, instead of a rounding check and a ring buffer.
 *
 * <p>A segment has no such grid when one of its values is not finite, or when its finest value would make the others
 * too many steps for a {@code long}; a period whose window sum could overflow the segment's grid has none either.
 * Those segments are averaged window by window with {@link SimpleMovingAverage}, which adapts its grid as it goes (and
 * rejects a value that is not finite). Cutting the series keeps that rare: prices within a few thousand bars of each
 * other span few powers of two.
 */
public final class WindowSums {

    /** Averages per segment: large enough that re-reading the longest window per segment costs little. */
    static final int SEGMENT = 16_384;
    /** Segments are not cut below this: each rereads the longest window before it. */
    static final int SHORTEST_SEGMENT = 512;
    /** Grid exponents are kept where {@code 2^grid}, its inverse and every window sum stay normal doubles. */
    static final int MIN_GRID = -1000;

    static final int MAX_GRID = 900;
    /** Steps above this would leave no room to add even two of them. */
    private static final long MAX_STEP = 1L << 62;

    private final double[] values;
    private final int longestPeriod;
    private final Segment[] segments;

    private WindowSums(double[] values, int longestPeriod, Segment[] segments) {
        this.values = values;
        this.longestPeriod = longestPeriod;
        this.segments = segments;
    }

    /**
     * Prepares the series for averages of up to {@code longestPeriod} values.
     *
     * @throws IllegalArgumentException when {@code longestPeriod} is not positive
     */
    public static WindowSums of(double[] values, int longestPeriod) {
        requirePeriod(longestPeriod);
        List<Segment> segments = new ArrayList<>();
        for (int first = 0; first < values.length; first += SEGMENT) {
            cut(values, longestPeriod, first, Math.min(values.length, first + SEGMENT), segments);
        }
        return new WindowSums(values, longestPeriod, segments.toArray(Segment[]::new));
    }

    /**
     * Adds averages {@code first .. end-1} as one segment when its grid holds the longest period's sums, or else as
     * two halves, each cut again, down to {@value #SHORTEST_SEGMENT} averages. Prices that rise five-fold within a
     * segment need a grid too fine for a long 300-bar window's sum; a few months of them do not.
     */
    private static void cut(double[] values, int longestPeriod, int first, int end, List<Segment> into) {
        // The first window's sum starts from the value just before it, which the slide then subtracts.
        Segment segment = Segment.of(values, Math.max(0, first - longestPeriod), first, end);
        if (segment.holds(longestPeriod) || end - first < 2 * SHORTEST_SEGMENT) {
            into.add(segment);
            return;
        }
        int middle = first + (end - first) / 2;
        cut(values, longestPeriod, first, middle, into);
        cut(values, longestPeriod, middle, end, into);
    }

    /**
     * The simple moving average: element {@code i} is the average of values {@code i - period + 1 .. i}, {@code NaN}
     * for {@code i < period - 1}; the same bits as {@link SimpleMovingAverage#over}.
     *
     * @throws IllegalArgumentException when the period is not positive or longer than this was prepared for, or when
     *     a value is not finite
     */
    public double[] simpleMovingAverage(int period) {
        requirePeriod(period);
        if (period > longestPeriod) {
            throw new IllegalArgumentException(
                    "period " + period + " is longer than the " + longestPeriod + " these sums were prepared for");
        }
        double[] average = new double[values.length];
        for (Segment segment : segments) {
            if (!segment.averageOnGrid(period, average)) {
                averageWindowByWindow(segment, period, average);
            }
        }
        return average;
    }

    /**
     * How many segments average {@code period} window by window because their grid cannot hold it: zero for a
     * stock's prices and the periods strategies use; a figure to check the fast path against real data.
     */
    public int segmentsOffGrid(int period) {
        requirePeriod(period);
        int off = 0;
        for (Segment segment : segments) {
            if (!segment.holds(period)) {
                off++;
            }
        }
        return off;
    }

    private void averageWindowByWindow(Segment segment, int period, double[] average) {
        SimpleMovingAverage window = new SimpleMovingAverage(period);
        for (int i = Math.max(0, segment.first - period + 1); i < segment.end; i++) {
            double value = window.update(values[i]);
            if (i >= segment.first) {
                average[i] = value;
            }
        }
    }

    private static void requirePeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, got " + period);
        }
    }

    /**
     * The averages {@code first .. end-1} on one grid, over values {@code from .. end-1}: their windows and, for the
     * longest period, the value before the first window.
     */
    private record Segment(int from, int first, int end, long[] steps, double scale, long largestStep) {

        static Segment of(double[] values, int from, int first, int end) {
            int grid = MAX_GRID;
            for (int i = from; i < end; i++) {
                if (!Double.isFinite(values[i])) {
                    return new Segment(from, first, end, null, 0, 0);
                }
                grid = Math.min(grid, lowestBit(values[i]));
            }
            if (grid < MIN_GRID) {
                return new Segment(from, first, end, null, 0, 0);
            }
            long[] steps = new long[end - from];
            long largest = 0;
            // A power of two from 2^-900 to 2^1000: multiplying by it is exact for every value here.
            double toSteps = Math.scalb(1.0, -grid);
            for (int i = from; i < end; i++) {
                double scaled = values[i] * toSteps;
                if (Math.abs(scaled) > MAX_STEP) {
                    return new Segment(from, first, end, null, 0, 0);
                }
                // Exact: every value is a whole multiple of 2^grid and within 2^62 of zero.
                long step = (long) scaled;
                steps[i - from] = step;
                largest = Math.max(largest, Math.abs(step));
            }
            return new Segment(from, first, end, steps, Math.scalb(1.0, grid), largest);
        }

        boolean holds(int period) {
            return steps != null && largestStep <= Long.MAX_VALUE / period;
        }

        /** Writes averages {@code first .. end-1}; false, writing nothing, when the grid cannot hold the period. */
        boolean averageOnGrid(int period, double[] average) {
            if (!holds(period)) {
                return false;
            }
            long[] local = steps;
            double divisor = period;
            // The sum of the window ending just before the first average: values first-period .. first-1.
            long sum = 0;
            for (int i = Math.max(0, first - period); i < first; i++) {
                sum += local[i - from];
            }
            for (int i = first; i < end; i++) {
                // Past a window's bound the running sum may wrap for a moment; every window sum fits a long, so two's
                // complement arithmetic brings each of them back exactly.
                sum += local[i - from];
                if (i >= period) {
                    sum -= local[i - period - from];
                }
                average[i] = i < period - 1 ? Double.NaN : (double) sum * scale / divisor;
            }
            return true;
        }
    }

    /** The exponent of the lowest set bit of a finite double; {@link #MAX_GRID} for zero, which fits every grid. */
    static int lowestBit(double value) {
        if (value == 0) {
            return MAX_GRID;
        }
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (biased != 0) {
            mantissa |= 1L << 52;
        }
        return Math.max(biased, 1) - 1075 + Long.numberOfTrailingZeros(mantissa);
    }
}
