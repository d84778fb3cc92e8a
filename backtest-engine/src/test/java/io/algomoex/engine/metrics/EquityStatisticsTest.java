package io.algomoex.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EquityStatisticsTest {

    /** Backtrader's DrawDown analyzer as written in drawdown.py, evaluated on every bar. */
    private static final class BacktraderDrawDown {
        double maxValue = Double.NEGATIVE_INFINITY;
        double maxDrawdown;
        double maxMoneyDown;
        int length;
        int maxLength;

        void next(double value) {
            maxValue = Math.max(maxValue, value);
            double moneyDown = maxValue - value;
            double drawdown = 100.0 * moneyDown / maxValue;
            maxMoneyDown = Math.max(maxMoneyDown, moneyDown);
            maxDrawdown = Math.max(maxDrawdown, drawdown);
            length = drawdown != 0 ? length + 1 : 0;
            maxLength = Math.max(maxLength, length);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void drawdownEqualsBacktradersPerBarFormulaBitForBit(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        EquityStatistics statistics = new EquityStatistics(1_000_000, 0, 1);
        BacktraderDrawDown reference = new BacktraderDrawDown();
        double value = 1_000_000;
        for (int bar = 0; bar < 50_000; bar++) {
            // Flat stretches (repeated values), small moves and occasional jumps, as an equity curve has.
            int kind = random.nextInt(10);
            if (kind < 3) {
                value += Math.round(random.nextGaussian() * 50_000) / 100.0;
            } else if (kind == 3) {
                value *= 1 + random.nextGaussian() * 0.02;
            }
            statistics.record(value, kind < 4);
            reference.next(value);
        }
        assertThat(statistics.maxDrawdownPercent()).isEqualTo(reference.maxDrawdown);
        assertThat(statistics.maxDrawdownMoney()).isEqualTo(reference.maxMoneyDown);
        assertThat(statistics.maxDrawdownBars()).isEqualTo(reference.maxLength);
    }

    @Test
    void annualisesSharpeAndSortinoFromDailyReturns() {
        EquityStatistics statistics = new EquityStatistics(100, 0, 1);
        double[] closes = {101, 99.99, 102.9897, 100.929906};
        for (double close : closes) {
            statistics.record(close, true);
            statistics.closeDay(close);
        }
        // Daily returns: +1 %, -1 %, +3 %, -2 %.
        double[] returns = {0.01, -0.01, 0.03, -0.02};
        double mean = 0.0025;
        double variance = 0;
        double shortfall = 0;
        for (double r : returns) {
            variance += (r - mean) * (r - mean) / returns.length;
            shortfall += Math.min(r, 0) * Math.min(r, 0) / returns.length;
        }
        assertThat(statistics.sharpe(252)).isCloseTo(mean / Math.sqrt(variance) * Math.sqrt(252), within(1e-9));
        assertThat(statistics.sortino(252)).isCloseTo(mean / Math.sqrt(shortfall) * Math.sqrt(252), within(1e-9));
    }

    @Test
    void subtractsTheRiskFreeRatePerPeriod() {
        double daily = EquityStatistics.dailyRiskFree(0.05, 252);
        assertThat(Math.pow(1 + daily, 252)).isCloseTo(1.05, within(1e-12));
        EquityStatistics statistics = new EquityStatistics(100, daily, 1);
        statistics.record(100, false);
        statistics.closeDay(100);
        statistics.record(100, false);
        statistics.closeDay(100);
        assertThat(statistics.sharpe(252)).isNaN();
        assertThat(statistics.sortino(252)).isEqualTo(-Math.sqrt(252));
    }

    @Test
    void leavesRatiosUndefinedWithFewerThanTwoDays() {
        EquityStatistics statistics = new EquityStatistics(100, 0, 1);
        statistics.record(110, true);
        statistics.closeDay(110);
        assertThat(statistics.sharpe(252)).isNaN();
        assertThat(statistics.exposurePercent(1)).isEqualTo(100);
    }
}
