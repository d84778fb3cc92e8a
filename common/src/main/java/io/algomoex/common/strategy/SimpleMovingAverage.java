package io.algomoex.common.strategy;

/**
 * Backtrader's simple moving average: {@code math.fsum(window) / period} over the last {@code period} values, with
 * no value before {@code period} values have been seen.
 *
 * <p>The window sum is kept exact and rounded once, then divided once, so every value is bit-identical to
 * Backtrader's; a plain running sum drifts by ulps and flips cross-overs on near-ties. Each update is O(1):
 *
 * <ul>
 *   <li>Fast path: the window's values are doubles on a common binary grid (multiples of {@code 2^grid}), so their
 *       sum is an exact integer number of grid steps held in a {@code long}. Converting that integer to {@code
 *       double} rounds it once, to nearest with ties to even (JLS 5.1.2), and scaling by the power of two {@code
 *       2^grid} is exact: the correctly rounded sum, which is what {@code math.fsum} returns. A value off the grid or
 *       too large for the {@code long} makes the grid adapt to the window (an O(period) rebase, rare: prices cross a
 *       power of two now and then).
 *   <li>Fallback: when no grid fits the window in a {@code long}, the window moves for good into an {@link
 *       ExactSum} (Shewchuk partials with error-free two-sums).
 * </ul>
 *
 * <p>Not thread-safe; one instance per series.
 */
public final class SimpleMovingAverage {

    private static final int MIN_GRID = WindowSums.MIN_GRID;
    private static final int MAX_GRID = WindowSums.MAX_GRID;

    private final int period;
    private final double divisor;
    private final long[] steps;
    private final long stepLimit;
    private int next;
    private boolean full;
    private long sum;
    private int grid;
    // NaN until the first value: no step matches it, so the first update picks the grid.
    private double scale = Double.NaN;
    private double inverseScale;
    private ExactSum exact;
    private double[] exactWindow;

    /**
     * @param period number of values averaged, at least 1
     * @throws IllegalArgumentException when the period is not positive
     */
    public SimpleMovingAverage(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, got " + period);
        }
        this.period = period;
        this.divisor = period;
        this.steps = new long[period];
        // A whole window of values at the limit still fits a long; 2^62 keeps the cast's clamping at 2^63 - 1 out.
        this.stepLimit = Math.min(Long.MAX_VALUE / period, 1L << 62);
    }

    /** The number of values averaged. */
    public int period() {
        return period;
    }

    /**
     * Adds the next value of the series and returns the average of the last {@code period} values, or {@code NaN}
     * while fewer than {@code period} values have been added.
     *
     * @throws IllegalArgumentException when {@code value} is not finite
     */
    public double update(double value) {
        double rounded = exact == null ? addOnGrid(value) : addExactly(value);
        if (++next == period) {
            next = 0;
            full = true;
        }
        return full ? rounded / divisor : Double.NaN;
    }

    /** Whether {@code period} values have been seen, so that {@link #update(double)} returns a number. */
    public boolean isReady() {
        return full;
    }

    /**
     * The average of a whole series: element {@code i} is the average of {@code values[i - period + 1 .. i]}, and
     * {@code NaN} for {@code i < period - 1}. Same numbers as feeding {@link #update(double)} value by value.
     */
    public static double[] over(double[] values, int period) {
        SimpleMovingAverage average = new SimpleMovingAverage(period);
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = average.update(values[i]);
        }
        return result;
    }

    private double addOnGrid(double value) {
        double scaled = value * scale;
        long step = (long) scaled;
        if ((double) step != scaled || step > stepLimit || step < -stepLimit) {
            return regrid(value);
        }
        sum += step - steps[next];
        steps[next] = step;
        return (double) sum * inverseScale;
    }

    /**
     * Picks the coarsest grid that holds every value of the window after this update exactly, and rescales the
     * steps to it; falls back to Shewchuk partials when that grid would overflow the {@code long} or leave the range
     * where scaling is exact.
     */
    private double regrid(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot average a non-finite value: " + value);
        }
        int newGrid = WindowSums.lowestBit(value);
        for (int i = 0; i < filled(); i++) {
            if (i != next && steps[i] != 0) {
                newGrid = Math.min(newGrid, grid + Long.numberOfTrailingZeros(steps[i]));
            }
        }
        if (newGrid < MIN_GRID || newGrid > MAX_GRID || !fits(value, newGrid)) {
            return fallBack(value);
        }
        long total = 0;
        for (int i = 0; i < filled(); i++) {
            long rescaled = i == next ? 0 : rescale(steps[i], newGrid);
            steps[i] = rescaled;
            total += rescaled;
        }
        grid = newGrid;
        scale = Math.scalb(1.0, -newGrid);
        inverseScale = Math.scalb(1.0, newGrid);
        sum = total;
        return addOnGrid(value);
    }

    private boolean fits(double value, int newGrid) {
        if (Math.abs(Math.scalb(value, -newGrid)) > stepLimit) {
            return false;
        }
        for (int i = 0; i < filled(); i++) {
            if (i != next && Math.abs(Math.scalb((double) steps[i], grid - newGrid)) > stepLimit) {
                return false;
            }
        }
        return true;
    }

    private long rescale(long step, int newGrid) {
        return newGrid <= grid ? step << (grid - newGrid) : step >> (newGrid - grid);
    }

    private int filled() {
        return full ? period : next;
    }

    /** Moves the window, whose values are exactly {@code steps * 2^grid}, into Shewchuk partials for good. */
    private double fallBack(double value) {
        exact = new ExactSum();
        exactWindow = new double[period];
        for (int i = 0; i < filled(); i++) {
            if (i != next) {
                exactWindow[i] = Math.scalb((double) steps[i], grid);
                exact.add(exactWindow[i]);
            }
        }
        if (full) {
            // The slot about to be replaced must still be in the partials for slide() to remove it.
            exactWindow[next] = Math.scalb((double) steps[next], grid);
            exact.add(exactWindow[next]);
        }
        return addExactly(value);
    }

    private double addExactly(double value) {
        if (full) {
            exact.slide(exactWindow[next], value);
        } else {
            exact.add(value);
        }
        exactWindow[next] = value;
        return exact.value();
    }
}
