package io.algomoex.common.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalTest {

    @Test
    void buyAndSellNeedAPositiveFiniteSize() {
        assertThat(Signal.buy(10).size()).isEqualTo(10);
        assertThatThrownBy(() -> Signal.buy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signal.sell(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeAndHoldCarryNoSize() {
        assertThatThrownBy(() -> new Signal(Signal.Action.CLOSE, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Signal.HOLD.isOrder()).isFalse();
        assertThat(Signal.CLOSE.isOrder()).isTrue();
    }

    @Test
    void closedBarRejectsNonPositivePrices() {
        assertThatThrownBy(() -> new ClosedBar(java.time.Instant.EPOCH, 1, 1, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("low");
    }
}
