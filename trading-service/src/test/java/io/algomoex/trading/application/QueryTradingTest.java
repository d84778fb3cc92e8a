package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class QueryTradingTest {

    private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
    private static final Instrument SBER = new Instrument("SBER", "TQBR");

    private final InMemoryOrderStore orders = new InMemoryOrderStore();
    private final QueryTrading query = new QueryTrading(
            orders,
            new InMemoryPositionStore(),
            new TradingSettings(TradingMode.PAPER, List.of(strategy("sber-sma"))),
            new OrderPageSettings(2, 3));

    private static StrategyDefinition strategy(String id) {
        return new StrategyDefinition(
                id,
                SBER,
                Timeframe.H1,
                "sma-cross",
                Map.of("fast", "20", "slow", "50"),
                Quantity.ofLots(1),
                1,
                "paper");
    }

    private void storeOrders(int count) {
        for (int i = 0; i < count; i++) {
            Instant at = START.plusSeconds(3600L * i);
            orders.create(Order.intent("order-" + i, "sber-sma", SBER, Side.BUY, 1, 10, at, at), at);
        }
    }

    @Test
    void answersTheDefaultPageNewestFirstAndPointsAtTheNext() {
        storeOrders(5);

        OrderPage first = query.orders(null, null, null, 0);

        assertThat(first.orders()).extracting(Order::clientOrderId).containsExactly("order-4", "order-3");
        assertThat(first.nextOffset()).hasValue(2);
        OrderPage last = query.orders("sber-sma", null, 3, 3);
        assertThat(last.orders()).extracting(Order::clientOrderId).containsExactly("order-1", "order-0");
        assertThat(last.nextOffset()).isEqualTo(OptionalLong.empty());
    }

    @Test
    void aFullLastPageHasNoNext() {
        storeOrders(3);

        OrderPage page = query.orders(null, null, 3, 0);

        assertThat(page.orders()).hasSize(3);
        assertThat(page.nextOffset()).isEmpty();
    }

    @Test
    void refusesALimitAboveTheMaximumOrAnOffsetBelowZero() {
        storeOrders(5);

        assertThatThrownBy(() -> query.orders(null, null, 4, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 3, got 4");
        assertThatThrownBy(() -> query.orders(null, null, Integer.MAX_VALUE, 0))
                .hasMessageContaining("limit must be between 1 and 3");
        assertThatThrownBy(() -> query.orders(null, null, 0, 0)).hasMessageContaining("limit must be between");
        assertThatThrownBy(() -> query.orders(null, null, 1, -1)).hasMessageContaining("offset must be zero or more");
    }

    @Test
    void theDefaultMustFitTheMaximum() {
        assertThatThrownBy(() -> new OrderPageSettings(10, 5)).hasMessageContaining("defaultLimit <= maxLimit");
    }
}
