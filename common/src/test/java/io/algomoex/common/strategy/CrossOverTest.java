package io.algomoex.common.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossOverTest {

    @Test
    void followsTheLastNonZeroDifferenceThroughTies() {
        // Backtrader's verified run (backtrader-semantics.md a.3): differences by bar, starting with the seed bar.
        double[] differences = {-1, 0, 1, 0, 0, -1, 0, -1, 1};
        int[] expected = {0, 0, 1, 0, 0, -1, 0, 0, 1};
        CrossOver crossOver = new CrossOver();
        for (int bar = 0; bar < differences.length; bar++) {
            assertThat(crossOver.update(differences[bar], 0.0))
                    .as("bar %d", bar + 1)
                    .isEqualTo(expected[bar]);
        }
    }

    @Test
    void aZeroSeedNeverCrosses() {
        // Warm-up edge case: both averages equal on the first bar where they exist, then fast rises above slow.
        CrossOver crossOver = new CrossOver();
        assertThat(crossOver.update(10.0, 10.0)).isZero();
        assertThat(crossOver.update(10.5, 10.333)).isZero();
        assertThat(crossOver.update(10.0, 10.5)).isEqualTo(-1);
    }

    @Test
    void reportsNothingOnTheSeedBar() {
        CrossOver crossOver = new CrossOver();
        assertThat(crossOver.isSeeded()).isFalse();
        assertThat(crossOver.update(2.0, 1.0)).isZero();
        assertThat(crossOver.isSeeded()).isTrue();
    }
}
