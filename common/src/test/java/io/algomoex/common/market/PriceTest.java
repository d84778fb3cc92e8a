package io.algomoex.common.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void equalPricesWithDifferentScalesAreEqual() {
        assertThat(Price.of("250.10")).isEqualTo(Price.of("250.1"));
        assertThat(Price.of("300.00")).hasToString("300");
    }

    @Test
    void rejectsZeroNegativeAndNonNumbers() {
        assertThatThrownBy(() -> Price.of("0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Price.of("-1.5")).hasMessageContaining("positive");
        assertThatThrownBy(() -> Price.of("12,5")).hasMessageContaining("not a decimal number");
    }

    @Test
    void alignsToThePriceStepWithoutBinaryRounding() {
        BigDecimal step = new BigDecimal("0.01");

        assertThat(Price.of("250.15").isAlignedTo(step)).isTrue();
        assertThat(Price.of("250.155").isAlignedTo(step)).isFalse();
        assertThat(Price.of("250.155").alignTo(step, RoundingMode.DOWN)).isEqualTo(Price.of("250.15"));
        assertThat(Price.of("250.155").alignTo(step, RoundingMode.UP)).isEqualTo(Price.of("250.16"));
    }
}
