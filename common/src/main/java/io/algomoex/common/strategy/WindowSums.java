package io.algomoex.common.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Simple moving averages of one series for many periods, each bit-identical to {@link SimpleMovingAverage#over} but
 * computed as sliding sums of {@code long}s. The series is cut into segments of up to {@value #SEGMENT} averages (shorter
 * around values that leave a segment without a grid, see {@link #of}); the values
 * a segment's windows read are written once as whole multiples of one power of two, {@code 2^grid}, the coarsest that
 * holds them all. A window's sum is then an exact integer, converted to {@code double} once (rounded to nearest, ties
 * to even) and scaled by {@code 2^grid} (exact): the correctly rounded sum, which is what {@code math.fsum} and
 * {@link SimpleMovingAverage} give whatever grid they use. Only the work per value is smaller: one addition and one
 * subtraction, instead of a rounding check and a ring buffer.
 *
 * <p>A period whose window sum could overflow a {@code long} on the segment's grid is summed in 128 bits instead (two
 * {@code long}s, the sum converted to the nearest {@code double} the same way), still exact and still one addition and
 * one subtraction a value, only wider (prices that rise five-fold within a segment, or a bad tick far below the others,
 * need a grid on which a long window's sum may not fit a {@code long}). A segment has no grid at all when one of its
 * values is not finite, or when its finest value would make the others too many steps for a {@code long}; it is cut in
 * halves down to {@value #SHORTEST_SEGMENT} averages, and what still has no grid is averaged window by window with
 * {@link SimpleMovingAverage}, which adapts its grid as it goes (and rejects a value that is not finite).
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
     * Adds averages {@code first .. end-1} as one segment when its values have a grid, or else as two halves, each cut
     * again, down to {@value #SHORTEST_SEGMENT} averages: the values without one are usually few.
     */
    private static void cut(double[] values, int longestPeriod, int first, int end, List<Segment> into) {
        // The first window's sum starts from the value just before it, which the slide then subtracts.
        Segment segment = Segment.of(values, Math.max(0, first - longestPeriod), first, end);
        if (segment.hasGrid() || end - first < 2 * SHORTEST_SEGMENT) {
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
            if (segment.holds(period)) {
                segment.averageOnGrid(period, average);
            } else if (segment.hasGrid()) {
                segment.averageOnWideGrid(period, average);
            } else {
                averageWindowByWindow(segment, period, average);
            }
        }
        return average;
    }

    /**
     * How many segments average {@code period} window by window because they have no grid: zero for a stock's prices;
     * a figure to check the fast paths against real data.
     */
    public int segmentsOffGrid(int period) {
        requirePeriod(period);
        int off = 0;
        for (Segment segment : segments) {
            if (!segment.hasGrid()) {
                off++;
            }
        }
        return off;
    }

    /**
     * How many segments sum {@code period}'s windows in 128 bits because a {@code long} might not hold them on their
     * grid.
     */
    int segmentsOnWideGrid(int period) {
        requirePeriod(period);
        int wide = 0;
        for (Segment segment : segments) {
            if (segment.hasGrid() && !segment.holds(period)) {
                wide++;
            }
        }
        return wide;
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

        boolean hasGrid() {
            return steps != null;
        }

        boolean holds(int period) {
            return steps != null && largestStep <= Long.MAX_VALUE / period;
        }

        /** Writes averages {@code first .. end-1}; only for a period the grid {@link #holds}. */
        void averageOnGrid(int period, double[] average) {
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
        }

        /**
         * Writes averages {@code first .. end-1} as {@link #averageOnGrid} does, with each window's sum in 128 bits
         * ({@code high}, {@code low}): steps within 2^62 of zero, so a window of up to 2^31 of them always fits.
         */
        void averageOnWideGrid(int period, double[] average) {
            long[] local = steps;
            double divisor = period;
            long high = 0;
            long low = 0;
            // Starts at the window before the first average: a value before the start is never added, so never removed.
            int start = Math.max(0, first - period);
            for (int i = start; i < end; i++) {
                long added = local[i - from];
                long sum = low + added;
                high += (added >> 63) + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
                low = sum;
                if (i - period >= start) {
                    long removed = local[i - period - from];
                    high -= (removed >> 63) + (Long.compareUnsigned(low, removed) < 0 ? 1 : 0);
                    low -= removed;
                }
                if (i >= first) {
                    average[i] = i < period - 1 ? Double.NaN : nearest(high, low) * scale / divisor;
                }
            }
        }
    }

    /**
     * The {@code double} nearest to the 128-bit two's complement integer {@code high * 2^64 + (low as unsigned)}, ties
     * to even, as the cast of a {@code long} rounds; for magnitudes below 2^126.
     */
    static double nearest(long high, long low) {
        if (high == low >> 63) {
            return low;
        }
        boolean negative = high < 0;
        long magnitudeLow = negative ? -low : low;
        long magnitudeHigh = negative ? ~high + (low == 0 ? 1 : 0) : high;
        // The magnitude's 64 leading bits, the bits below them folded into the lowest one (below the rounding bit).
        int below = 64 - Long.numberOfLeadingZeros(magnitudeHigh);
        long leading = below == 0 ? magnitudeLow : magnitudeHigh << (64 - below) | magnitudeLow >>> below;
        long sticky = below != 0 && magnitudeLow << (64 - below) != 0 ? 1 : 0;
        // Halved to fit a signed long: the bit shifted out is folded in as well; the cast rounds at bit 9 or above.
        double halved = (double) (leading >>> 1 | leading & 1 | sticky);
        double magnitude = Math.scalb(halved, below + 1);
        return negative ? -magnitude : magnitude;
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
