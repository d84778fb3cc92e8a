package io.algomoex.common.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimpleMovingAverageTest {

    @Test
    void hasNoValueBeforePeriodBars() {
        SimpleMovingAverage average = new SimpleMovingAverage(3);
        assertThat(average.update(1.0)).isNaN();
        assertThat(average.update(2.0)).isNaN();
        assertThat(average.isReady()).isFalse();
        assertThat(average.update(3.0)).isEqualTo(2.0);
        assertThat(average.isReady()).isTrue();
        assertThat(average.update(7.0)).isEqualTo(4.0);
    }

    @Test
    void equalsCorrectlyRoundedWindowSumDividedOnceOnEveryBar() {
        Random random = new Random(7);
        double[] closes = new double[5_000];
        double price = 100;
        for (int i = 0; i < closes.length; i++) {
            price = Math.max(1, price + (random.nextInt(21) - 10) / 100.0);
            closes[i] = Math.round(price * 100) / 100.0;
        }
        int period = 20;
        double[] averages = SimpleMovingAverage.over(closes, period);
        for (int i = period - 1; i < closes.length; i++) {
            List<Double> window = new ArrayList<>();
            for (int j = i - period + 1; j <= i; j++) {
                window.add(closes[j]);
            }
            ExactSum reference = new ExactSum();
            window.forEach(reference::add);
            ExactSumTest.assertCorrectlyRounded(reference.value(), window);
            assertThat(averages[i]).isEqualTo(reference.value() / period);
        }
    }

    @Test
    void differsFromANaiveRunningSumWhereThatOneDrifts() {
        double[] closes = {0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3};
        double[] exact = SimpleMovingAverage.over(closes, 3);
        double running = 0;
        boolean drifted = false;
        for (int i = 0; i < closes.length; i++) {
            running += closes[i];
            if (i >= 3) {
                running -= closes[i - 3];
            }
            if (i >= 2) {
                // Every window holds 0.1, 0.2 and 0.3, whose exact sum rounds to the double 0.6.
                assertThat(exact[i]).isEqualTo(0.6 / 3);
                drifted |= running / 3 != exact[i];
            }
        }
        assertThat(drifted).isTrue();
    }

    @Test
    void leavesTheIntegerPathForValuesTooLargeForIt() {
        // The first value sets the grid; 2^63 grid steps and infinity must not pass as integers.
        SimpleMovingAverage average = new SimpleMovingAverage(1);
        assertThat(average.update(1.0)).isEqualTo(1.0);
        assertThat(average.update(Math.scalb(1.0, 63))).isEqualTo(Math.scalb(1.0, 63));
        assertThat(average.update(-Math.scalb(1.0, 63))).isEqualTo(-Math.scalb(1.0, 63));
        assertThat(average.update(1e300)).isEqualTo(1e300);
        assertThatThrownBy(() -> average.update(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimpleMovingAverage(2).update(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonPositivePeriod() {
        assertThatThrownBy(() -> new SimpleMovingAverage(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
