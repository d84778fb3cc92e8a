package io.algomoex.common.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactSumTest {

    @Test
    void roundsHalfWayCasesLikeCpythonFsum() {
        // Cases from CPython's test_math.testFsum, where naive and Kahan sums are off by an ulp.
        assertThat(sum(1e-16, 1.0, 1e16)).isEqualTo(1.0000000000000002e16);
        assertThat(sum(1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50)).isEqualTo(1e-100);
        assertThat(sum(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)).isEqualTo(1.0);
        assertThat(sum(2.0, Math.ulp(2.0) / 2, Math.ulp(2.0) / 1024)).isEqualTo(Math.nextUp(2.0));
        assertThat(sum(Math.scalb(1.0, 53), 1.0, Math.scalb(1.0, -80))).isEqualTo(Math.scalb(1.0, 53) + 2.0);
    }

    @Test
    void isEmptyZero() {
        assertThat(new ExactSum().value()).isEqualTo(0.0);
    }

    @Test
    void removesValuesExactly() {
        ExactSum sum = new ExactSum();
        sum.add(1e16);
        sum.add(1.0);
        sum.add(1e-16);
        sum.subtract(1e16);
        assertThat(sum.value()).isEqualTo(1.0 + 1e-16);
        sum.subtract(1.0);
        sum.subtract(1e-16);
        assertThat(sum.value()).isEqualTo(0.0);
    }

    @Test
    void slidingWindowStaysCorrectlyRoundedOverManyUpdates() {
        Random random = new Random(20240601L);
        ExactSum sum = new ExactSum();
        Deque<Double> window = new ArrayDeque<>();
        for (int i = 0; i < 20_000; i++) {
            double value =
                    Math.round((50 + random.nextGaussian() * 10) * 100) / 100.0 * Math.pow(10, random.nextInt(7) - 3);
            sum.add(value);
            window.addLast(value);
            if (window.size() > 37) {
                sum.subtract(window.removeFirst());
            }
            assertCorrectlyRounded(sum.value(), window);
        }
    }

    @Test
    void rejectsNonFiniteValues() {
        ExactSum sum = new ExactSum();
        assertThatThrownBy(() -> sum.add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sum.add(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double sum(double... values) {
        ExactSum sum = new ExactSum();
        for (double value : values) {
            sum.add(value);
        }
        return sum.value();
    }

    /** The result is the double nearest to the exact sum, with ties going to the even neighbour. */
    static void assertCorrectlyRounded(double result, Iterable<Double> values) {
        BigDecimal exact = BigDecimal.ZERO;
        for (double value : values) {
            exact = exact.add(new BigDecimal(value));
        }
        BigDecimal error = exact.subtract(new BigDecimal(result)).abs();
        BigDecimal below = exact.subtract(new BigDecimal(Math.nextDown(result))).abs();
        BigDecimal above = exact.subtract(new BigDecimal(Math.nextUp(result))).abs();
        assertThat(error).isLessThanOrEqualTo(below).isLessThanOrEqualTo(above);
        if (error.compareTo(below) == 0 || error.compareTo(above) == 0) {
            assertThat(Double.doubleToLongBits(result) & 1L)
                    .as("tie goes to even")
                    .isZero();
        }
    }
}
