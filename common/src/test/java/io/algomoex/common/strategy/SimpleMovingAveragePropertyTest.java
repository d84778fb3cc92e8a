package io.algomoex.common.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On generated series, every average equals the BigDecimal reference: the exact window sum rounded to the nearest
 * double (ties to even), divided once by the period, which is Backtrader's {@code math.fsum(window) / period}.
 */
class SimpleMovingAveragePropertyTest {

    private static final int[] PERIODS = {1, 2, 3, 7, 20, 50, 200, 1_000};

    static Stream<Arguments> series() {
        return Stream.of(
                        generator("prices with two decimals", 100_000, SimpleMovingAveragePropertyTest::priceWalk),
                        generator("long runs of equal prices", 20_000, SimpleMovingAveragePropertyTest::ties),
                        generator("neighbouring doubles", 20_000, SimpleMovingAveragePropertyTest::nearTies),
                        generator(
                                "prices crossing powers of two",
                                50_000,
                                SimpleMovingAveragePropertyTest::aroundPowersOfTwo),
                        generator("wide magnitudes", 20_000, SimpleMovingAveragePropertyTest::wideMagnitudes),
                        generator("signs and zeros", 20_000, SimpleMovingAveragePropertyTest::signsAndZeros))
                .flatMap(named -> Stream.of(1L, 2L).map(seed -> Arguments.of(named[0], named[1], seed)));
    }

    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("series")
    void equalsTheCorrectlyRoundedWindowSumOverThePeriodOnEveryBar(
            String name, LongFunction<double[]> generator, long seed) {
        double[] values = generator.apply(seed);
        for (int period : PERIODS) {
            SimpleMovingAverage average = new SimpleMovingAverage(period);
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < values.length; i++) {
                exact = exact.add(new BigDecimal(values[i]));
                if (i >= period) {
                    exact = exact.subtract(new BigDecimal(values[i - period]));
                }
                double actual = average.update(values[i]);
                if (i < period - 1) {
                    assertThat(actual).isNaN();
                    continue;
                }
                double expected = nearest(exact) / period;
                if (Double.compare(actual, expected) != 0) {
                    assertThat(actual)
                            .as("%s, period %d, bar %d", name, period, i)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** The double nearest to {@code exact}, ties to the even neighbour, found without trusting any library rounding. */
    static double nearest(BigDecimal exact) {
        double guess = exact.doubleValue();
        double best = guess;
        BigDecimal bestError = exact.subtract(new BigDecimal(guess)).abs();
        for (double candidate : new double[] {Math.nextDown(guess), Math.nextUp(guess)}) {
            BigDecimal error = exact.subtract(new BigDecimal(candidate)).abs();
            int order = error.compareTo(bestError);
            boolean evenTie = order == 0 && (Double.doubleToRawLongBits(candidate) & 1) == 0;
            if (order < 0 || evenTie) {
                best = candidate;
                bestError = error;
            }
        }
        return best;
    }

    private static Object[] generator(String name, int length, SeriesMaker maker) {
        LongFunction<double[]> generator = seed -> maker.make(new SplittableRandom(seed * 7919 + length), length);
        return new Object[] {name, generator};
    }

    @FunctionalInterface
    private interface SeriesMaker {
        double[] make(SplittableRandom random, int length);
    }

    private static double[] priceWalk(SplittableRandom random, int length) {
        double[] values = new double[length];
        long cents = 10_000;
        for (int i = 0; i < length; i++) {
            cents = Math.max(1, cents + random.nextInt(-60, 61));
            values[i] = cents / 100.0;
        }
        return values;
    }

    private static double[] ties(SplittableRandom random, int length) {
        double[] values = new double[length];
        double[] levels = {99.99, 100.0, 100.01, 0.1, 0.2, 0.3};
        double current = levels[0];
        for (int i = 0; i < length; i++) {
            if (random.nextInt(40) == 0) {
                current = levels[random.nextInt(levels.length)];
            }
            values[i] = current;
        }
        return values;
    }

    private static double[] nearTies(SplittableRandom random, int length) {
        double[] values = new double[length];
        double base = 100.37;
        for (int i = 0; i < length; i++) {
            double value = base;
            for (int step = random.nextInt(-3, 4); step != 0; step += step > 0 ? -1 : 1) {
                value = step > 0 ? Math.nextUp(value) : Math.nextDown(value);
            }
            values[i] = value;
        }
        return values;
    }

    private static double[] aroundPowersOfTwo(SplittableRandom random, int length) {
        double[] values = new double[length];
        double[] edges = {32, 64, 128, 1024};
        double edge = edges[0];
        for (int i = 0; i < length; i++) {
            if (random.nextInt(500) == 0) {
                edge = edges[random.nextInt(edges.length)];
            }
            values[i] = Math.round((edge + random.nextGaussian() * edge / 50) * 100) / 100.0;
        }
        return values;
    }

    private static double[] wideMagnitudes(SplittableRandom random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble() * Math.pow(10, random.nextInt(-12, 13));
        }
        return values;
    }

    private static double[] signsAndZeros(SplittableRandom random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            values[i] = switch (kind) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> -random.nextInt(1, 100_000) / 100.0;
                case 3 -> 1e16;
                case 4 -> -1e16;
                default -> random.nextInt(1, 100_000) / 100.0;
            };
        }
        return values;
    }
}
