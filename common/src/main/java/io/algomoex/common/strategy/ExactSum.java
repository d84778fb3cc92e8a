package io.algomoex.common.strategy;

import java.util.Arrays;

/**
 * A running sum of doubles that is kept exactly and read correctly rounded, like Python's {@code math.fsum}.
 *
 * <p>The exact sum is held as Shewchuk partials: non-overlapping doubles in increasing magnitude whose real sum is the
 * exact sum of everything added so far. Each {@link #add(double)} folds the new value in with error-free two-sums, so
 * values can also be removed exactly by adding their negation. {@link #value()} rounds the partials to the nearest
 * double, ties to even, with the same final step as CPython's {@code math.fsum}. Cost is proportional to the number of
 * partials, which stays at two or three for price series.
 *
 * <p>Inputs must be finite and the sum must stay within the double range; a non-finite input throws. Not thread-safe.
 */
public final class ExactSum {

    private double[] partials = new double[8];
    private int count;

    /**
     * Adds {@code x} exactly.
     *
     * @throws IllegalArgumentException when {@code x} is NaN or infinite
     */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("cannot add a non-finite value: " + x);
        }
        grow(x);
    }

    /**
     * Replaces a value added before by a new one: {@code subtract(removed)} and {@code add(added)} in one pass when
     * their difference is exact, which it is for neighbouring prices.
     *
     * @throws IllegalArgumentException when {@code added} is NaN or infinite
     */
    public void slide(double removed, double added) {
        if (!Double.isFinite(added)) {
            throw new IllegalArgumentException("cannot add a non-finite value: " + added);
        }
        double difference = added - removed;
        double error = twoSumError(added, -removed, difference);
        grow(difference);
        if (error != 0.0) {
            grow(error);
        }
    }

    /**
     * Shewchuk's grow-expansion as in CPython's {@code msum}: fold {@code x} into the partials with error-free
     * two-sums, keeping the non-zero low parts in increasing magnitude. Knuth's branch-free two-sum gives the same
     * high and low parts as the swap-then-fast-two-sum of CPython, without unpredictable branches.
     */
    private void grow(double x) {
        double[] p = partials;
        int kept = 0;
        for (int j = 0; j < count; j++) {
            double y = p[j];
            double hi = x + y;
            double lo = twoSumError(x, y, hi);
            if (lo != 0.0) {
                p[kept++] = lo;
            }
            x = hi;
        }
        count = kept;
        if (x != 0.0) {
            if (!Double.isFinite(x)) {
                throw new ArithmeticException("exact sum overflowed the double range");
            }
            if (count == p.length) {
                partials = p = Arrays.copyOf(p, p.length * 2);
            }
            p[count++] = x;
        }
    }

    /** The exact {@code (x + y) - sum} for {@code sum = x + y} rounded (Knuth's TwoSum). */
    private static double twoSumError(double x, double y, double sum) {
        double yPart = sum - x;
        return (x - (sum - yPart)) + (y - yPart);
    }

    /** Removes a value added before, exactly. */
    public void subtract(double x) {
        add(-x);
    }

    /** The exact sum rounded to the nearest double, ties to even; {@code 0.0} when empty. */
    public double value() {
        int n = count;
        if (n == 0) {
            return 0.0;
        }
        double[] p = partials;
        double hi = p[--n];
        double lo = 0.0;
        // Sum from the top down until the running sum becomes inexact; the partials below cannot change the rounding
        // except for the half-way case handled next.
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // A remainder of exactly half an ulp was rounded to even; if the partials below push the exact sum past the
        // half-way point in the same direction, round away instead (CPython's fix that makes fsum commutative).
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }

    /** Forgets everything added. */
    public void clear() {
        count = 0;
    }
}
