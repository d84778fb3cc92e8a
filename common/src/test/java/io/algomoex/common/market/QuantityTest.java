package io.algomoex.common.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void rejectsNegativeLots() {
        assertThatThrownBy(() -> Quantity.ofLots(-1)).hasMessageContaining("must not be negative");
    }

    @Test
    void convertsLotsToUnits() {
        assertThat(Quantity.ofLots(3).units(10)).isEqualTo(30);
        assertThat(Quantity.ofLots(3).plus(Quantity.ofLots(2))).isEqualTo(Quantity.ofLots(5));
        assertThatThrownBy(() -> Quantity.ofLots(1).units(0)).hasMessageContaining("lot size");
    }

    @Test
    void sidesKnowTheirSignAndOpposite() {
        assertThat(Side.BUY.sign()).isEqualTo(1);
        assertThat(Side.SELL.sign()).isEqualTo(-1);
        assertThat(Side.BUY.opposite()).isEqualTo(Side.SELL);
    }
}
