package io.algomoex.backtest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunEquityTest {

    @Test
    void drawdownIsTheFractionBelowTheRunningPeak() {
        RunEquity equity = new RunEquity(new long[] {1, 2, 3, 4, 5, 6}, new double[] {100, 110, 99, 88, 121, 120});

        assertThat(equity.drawdowns()).containsExactly(0, 0, 0.1, 0.2, 0, 1.0 / 121);
    }

    @Test
    void rejectsATimeWithoutAValue() {
        assertThatThrownBy(() -> new RunEquity(new long[] {1, 2}, new double[] {100}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 times and 1 values");
    }

    @Test
    void keepsItsOwnCopyOfTheArrays() {
        long[] times = {1, 2};
        double[] values = {100, 101};
        RunEquity equity = new RunEquity(times, values);

        times[0] = 9;
        values[0] = 9;
        equity.values()[1] = 9;

        assertThat(equity.times()).containsExactly(1, 2);
        assertThat(equity.values()).containsExactly(100, 101);
    }
}
