package io.algomoex.trading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant AT = Instant.parse("2026-01-05T07:00:00Z");

    private static Order submitted() {
        return Order.intent("a", "s", new Instrument("SBER", "TQBR"), Side.BUY, 3, 30, AT, AT)
                .submitted();
    }

    private static Execution fill(long units, String price, String commission) {
        return new Execution("a", Side.BUY, units, new BigDecimal(price), new BigDecimal(commission), AT);
    }

    @Test
    void partialFillsAverageTheirPriceAndAddTheirCommissionUntilTheOrderIsFilled() {
        Order partly = submitted().fill(fill(10, "100", "0.5")).fill(fill(10, "101", "0.505"));

        assertThat(partly.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
        assertThat(partly.filledUnits()).isEqualTo(20);
        assertThat(partly.unfilledUnits()).isEqualTo(10);
        assertThat(partly.fillPrice()).isEqualByComparingTo("100.5");

        Order filled = partly.fill(fill(10, "102.1", "0.5105"));

        assertThat(filled.state()).isEqualTo(OrderState.FILLED);
        assertThat(filled.fillPrice()).isEqualByComparingTo("101.0333333333");
        assertThat(filled.commission()).isEqualByComparingTo("1.5155");
    }

    @Test
    void refusesAFillBeyondTheUnfilledUnitsOrOfAFinalOrder() {
        Order partly = submitted().fill(fill(20, "100", "1"));

        assertThatThrownBy(() -> partly.fill(fill(20, "100", "1"))).isInstanceOf(IllegalStateException.class);
        Order cancelled = partly.cancelled("operator");
        assertThat(cancelled.filledUnits()).isEqualTo(20);
        assertThat(cancelled.fillPrice()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> cancelled.fill(fill(10, "100", "1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cancelled.cancelled("again")).isInstanceOf(IllegalStateException.class);
    }
}
