package io.algomoex.common.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WindowSumsTest {

    private static final int[] PERIODS = {1, 2, 3, 7, 20, 50, 200, 1_000};

    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("io.algomoex.common.strategy.SimpleMovingAveragePropertyTest#series")
    void everyAverageHasTheBitsOfTheWindowByWindowAverage(String name, LongFunction<double[]> generator, long seed) {
        double[] values = generator.apply(seed);
        WindowSums sums = WindowSums.of(values, 1_000);
        for (int period : PERIODS) {
            assertSameBits(sums.simpleMovingAverage(period), SimpleMovingAverage.over(values, period), name, period);
        }
    }

    /**
     * A stock's closes, in cents, wandering by about 0.1 % a bar between 80 and 400 roubles (across three powers of two): the
     * sliding sums must do all the work for the periods strategies use, or the test above proves little. (Values two
     * powers of two apart need 54 bits each, so windows of about 500 values and more may not fit a long; they fall
     * back, with the same bits.)
     */
    @Test
    void stockPricesAreAveragedOnTheGridInEverySegment() {
        SplittableRandom random = new SplittableRandom(42);
        double[] values = new double[300_000];
        long cents = 25_000;
        for (int i = 0; i < values.length; i++) {
            cents = Math.clamp(cents + Math.round(random.nextGaussian() * cents * 0.001), 8_000, 40_000);
            values[i] = cents / 100.0;
        }
        WindowSums sums = WindowSums.of(values, 300);
        for (int period : new int[] {1, 5, 20, 50, 100, 200, 300}) {
            assertThat(sums.segmentsOffGrid(period)).as("period %d", period).isZero();
            assertSameBits(sums.simpleMovingAverage(period), SimpleMovingAverage.over(values, period), "stock", period);
        }
    }

    static void assertSameBits(double[] actual, double[] expected, String name, int period) {
        // Arrays.equals compares doubles by their bits (NaN equal to NaN, 0.0 not equal to -0.0).
        if (!Arrays.equals(actual, expected)) {
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i])
                        .as("%s, period %d, bar %d", name, period, i)
                        .isEqualTo(expected[i]);
            }
        }
    }

    @Test
    void segmentsWithoutAGridAreAveragedWindowByWindowWithTheSameBits() {
        // A value far below the others forces a grid on which the rest no longer fit a long: the segment around it
        // falls back, its neighbours do not.
        double[] values = new double[3 * WindowSums.SEGMENT];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + (i % 977) / 100.0;
        }
        values[WindowSums.SEGMENT + 5] = Math.scalb(1.0, -60);
        WindowSums sums = WindowSums.of(values, 50);

        assertThat(sums.segmentsOffGrid(50)).isEqualTo(1);
        assertThat(sums.simpleMovingAverage(50)).containsExactly(SimpleMovingAverage.over(values, 50));
        assertThat(sums.simpleMovingAverage(1)).containsExactly(values);
    }

    @Test
    void pricesSpanningManyPowersOfTwoWithinASegmentAreSummedOnTheGridIn128Bits() {
        // A penny stock that rises from 1.00 to 250 roubles, in cents, by the same fraction every bar, within one
        // segment: a long holds one value on the grid all of them share, not a 300-value window's sum.
        double[] values = new double[2 * WindowSums.SEGMENT];
        for (int i = 0; i < values.length; i++) {
            long cents = Math.round(100 * Math.pow(250, Math.min(i, WindowSums.SEGMENT) / (double) WindowSums.SEGMENT));
            values[i] = (cents + i % 7) / 100.0;
        }
        WindowSums sums = WindowSums.of(values, 300);

        for (int period : new int[] {10, 50, 100, 300}) {
            assertThat(sums.segmentsOffGrid(period)).as("period %d", period).isZero();
            assertSameBits(sums.simpleMovingAverage(period), SimpleMovingAverage.over(values, period), "rise", period);
        }
        assertThat(sums.segmentsOnWideGrid(300)).isPositive();
    }

    @Test
    void windowSumsTooLargeForALongOnTheGridAreSummedIn128BitsWithTheSameBits() {
        // Closes near 100 with a print at 1.01 every 700 bars (a bad tick): 1.01 needs a grid 64 times finer than the
        // others, on which one value still fits a long but the sum of 40 and more of them may not.
        SplittableRandom random = new SplittableRandom(7);
        double[] values = new double[3 * WindowSums.SEGMENT];
        long cents = 10_000;
        for (int i = 0; i < values.length; i++) {
            cents = Math.clamp(cents + random.nextInt(-30, 31), 5_000, 20_000);
            values[i] = i % 700 == 350 ? 1.01 : cents / 100.0;
        }
        double[] negated = Arrays.stream(values).map(value -> -value).toArray();
        for (double[] series : new double[][] {values, negated}) {
            WindowSums sums = WindowSums.of(series, 300);
            assertThat(sums.segmentsOnWideGrid(10)).isZero();
            for (int period : new int[] {10, 40, 100, 300}) {
                assertThat(sums.segmentsOffGrid(period)).as("period %d", period).isZero();
                assertSameBits(
                        sums.simpleMovingAverage(period), SimpleMovingAverage.over(series, period), "tick", period);
            }
            assertThat(sums.segmentsOnWideGrid(300)).isPositive();
        }
    }

    @Test
    void a128BitSumBecomesTheNearestDoubleTiesToEven() {
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        // 2^64 + 2^11 lies halfway between 2^64 and the next double up, 2^64 + 2^12: the even one is 2^64.
        assertThat(WindowSums.nearest(1, 1L << 11))
                .isEqualTo(two64.doubleValue())
                .isEqualTo(0x1p64);
        assertThat(WindowSums.nearest(1, (1L << 11) + 1)).isEqualTo(0x1p64 + 0x1p12);
        assertThat(WindowSums.nearest(1, 3L << 11)).isEqualTo(0x1p64 + 0x1p13);
        assertThat(WindowSums.nearest(0, Long.MIN_VALUE)).isEqualTo(0x1p63);
        assertThat(WindowSums.nearest(-1, Long.MAX_VALUE)).isEqualTo(-0x1p63 - 1);
        assertThat(WindowSums.nearest(-1, -5)).isEqualTo(-5.0);

        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            long high = random.nextLong() >> random.nextInt(2, 64);
            long low = random.nextInt(4) == 0
                    ? random.nextLong() & ~((1L << random.nextInt(0, 40)) - 1)
                    : random.nextLong();
            BigInteger exact = BigInteger.valueOf(high).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
            assertThat(WindowSums.nearest(high, low))
                    .as("%d * 2^64 + %s", high, Long.toUnsignedString(low))
                    .isEqualTo(exact.doubleValue());
        }
    }

    @Test
    void aNonFiniteValueIsRefusedAsTheWindowByWindowAverageRefusesIt() {
        double[] values = {250.1, Double.NaN, 250.3};
        WindowSums sums = WindowSums.of(values, 2);

        assertThatThrownBy(() -> sums.simpleMovingAverage(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-finite");
    }

    @Test
    void aSeriesShorterThanThePeriodIsAllNaN() {
        assertThat(WindowSums.of(new double[] {250.1, 250.2}, 5).simpleMovingAverage(5))
                .containsExactly(Double.NaN, Double.NaN);
        assertThat(WindowSums.of(new double[0], 5).simpleMovingAverage(5)).isEmpty();
    }

    @Test
    void refusesAPeriodOutsideWhatItWasPreparedFor() {
        WindowSums sums = WindowSums.of(new double[] {1.0, 2.0}, 3);

        assertThatThrownBy(() -> sums.simpleMovingAverage(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sums.simpleMovingAverage(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WindowSums.of(new double[] {1.0}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
