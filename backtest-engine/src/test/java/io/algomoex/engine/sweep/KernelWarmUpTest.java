package io.algomoex.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.strategy.SimpleMovingAverage;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's bars must make the kernel take the branches real prices take, or the code compiled on them is thrown
 * away inside the real sweep: above all a cross-over followed, on the bar its order fills, by a fast and a slow average
 * that are exactly equal.
 */
class KernelWarmUpTest {

    private static final BacktestSettings SETTINGS = BacktestSettings.backtrader(1_000_000, 0.0005);

    @Test
    void bothAnUpCrossAndADownCrossAreFollowedByEqualAverages() {
        int fastPeriod = 10;
        int slowPeriod = 40;
        BarSeries bars = KernelWarmUp.series(30_000, slowPeriod + 50, 1);
        double[] fast = SimpleMovingAverage.over(bars.closeArray(), fastPeriod);
        double[] slow = SimpleMovingAverage.over(bars.closeArray(), slowPeriod);

        int upThenEqual = 0;
        int downThenEqual = 0;
        double lastNonZero = 0;
        for (int t = slowPeriod - 1; t + 1 < bars.size(); t++) {
            double difference = fast[t] - slow[t];
            boolean up = lastNonZero < 0 && difference > 0;
            boolean down = lastNonZero > 0 && difference < 0;
            if (difference != 0) {
                lastNonZero = difference;
            }
            boolean equalNext = fast[t + 1] == slow[t + 1];
            upThenEqual += up && equalNext ? 1 : 0;
            downThenEqual += down && equalNext ? 1 : 0;
        }

        // Eleven stretches, each crossing when it moves against the last difference; chance alone gives one of each.
        assertThat(upThenEqual).isGreaterThanOrEqualTo(3);
        assertThat(downThenEqual).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aWarmUpStopsWhenTold() {
        AtomicInteger asked = new AtomicInteger();

        KernelWarmUp.run(SETTINGS, grid("10:30:2", "40:100:10"), () -> asked.incrementAndGet() > 5, 1_000);

        assertThat(asked).hasValue(6);
    }

    @Test
    void aWarmUpEndsByItselfOnceItsRoundsStopGettingFaster() {
        AtomicInteger asked = new AtomicInteger();

        KernelWarmUp.run(SETTINGS, grid("10:14:2", "40:50:10"), () -> asked.incrementAndGet() < 0, 100_000);

        // Six combinations a round: at least the first round and three that were no faster, far fewer than allowed.
        assertThat(asked.get() % 6).isZero();
        assertThat(asked.get() / 6).isBetween(4, 10_000);
    }

    @Test
    void aGridOfVeryLongPeriodsWarmsUpOnASmallGridOfItsOwn() {
        AtomicInteger asked = new AtomicInteger();

        KernelWarmUp.run(SETTINGS, grid("100:200:100", "5000:6000:1000"), () -> asked.incrementAndGet() > 100, 1);

        // One round of the own 5 x 5 grid (all fast < slow): 25 combinations, each preceded by one question.
        assertThat(asked).hasValue(25);
    }

    private static SweepSettings grid(String fast, String slow) {
        return new SweepSettings(
                ParameterRange.parse(fast), ParameterRange.parse(slow), 10, Objective.SHARPE, 10, 0, 2);
    }
}
