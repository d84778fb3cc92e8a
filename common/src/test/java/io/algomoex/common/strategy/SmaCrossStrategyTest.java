package io.algomoex.common.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmaCrossStrategyTest {

    private static final Instant START = Instant.parse("2024-01-03T07:00:00Z");

    @Test
    void firstNeedsSlowPlusOneBars() {
        assertThat(new SmaCrossStrategy(2, 3, 1).warmUpBars()).isEqualTo(4);
        assertThat(new SmaCrossStrategy(50, 20, 1).warmUpBars()).isEqualTo(51);
    }

    @Test
    void equalAveragesOnTheSeedBarDelayTheFirstBuy() {
        // fast=2, slow=3, flat prices then a rise: averages are equal on bar 3, so bar 4 is not a cross (a.3).
        List<Signal> signals = run(new SmaCrossStrategy(2, 3, 5), 0, 10, 10, 10, 11, 12, 13);
        assertThat(signals).containsOnly(Signal.HOLD);
    }

    @Test
    void buysWhenFlatOnUpCrossAndClosesWhenLongOnDownCross() {
        double[] closes = {10, 9, 8, 9, 11, 12, 11, 9, 8, 9, 12};
        List<Signal> flat = run(new SmaCrossStrategy(2, 3, 5), 0, closes);
        // Bar 3 seeds fast < slow; bar 5 crosses up; bar 8 crosses down; bar 11 crosses up.
        assertThat(flat.get(4)).isEqualTo(Signal.buy(5));
        assertThat(flat.get(7)).isEqualTo(Signal.HOLD);
        assertThat(flat.get(10)).isEqualTo(Signal.buy(5));
        List<Signal> long_ = run(new SmaCrossStrategy(2, 3, 5), 5, closes);
        assertThat(long_.get(4)).isEqualTo(Signal.HOLD);
        assertThat(long_.get(7)).isEqualTo(Signal.CLOSE);
        assertThat(long_.subList(0, 3)).containsOnly(Signal.HOLD);
    }

    @Test
    void barByBarEvaluationEqualsBatchAverages() {
        double[] closes = new double[400];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = 100 + Math.round(Math.sin(i / 7.0) * 500 + Math.cos(i / 3.0) * 90) / 100.0;
        }
        double[] fast = SimpleMovingAverage.over(closes, 5);
        double[] slow = SimpleMovingAverage.over(closes, 13);
        CrossOver crossOver = new CrossOver();
        List<Signal> batch = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            int cross = i >= 12 ? crossOver.update(fast[i], slow[i]) : 0;
            batch.add(cross > 0 ? Signal.buy(1) : Signal.HOLD);
        }
        assertThat(run(new SmaCrossStrategy(5, 13, 1), 0, closes)).isEqualTo(batch);
        assertThat(batch).contains(Signal.buy(1));
    }

    private static List<Signal> run(Strategy strategy, double position, double... closes) {
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            double close = closes[i];
            ClosedBar bar = new ClosedBar(START.plusSeconds(3600L * i), close, close, close, close, 100);
            signals.add(strategy.onBar(bar, position));
        }
        return signals;
    }
}
