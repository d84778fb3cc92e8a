package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutedBrokerGatewayTest {

    private static final Instrument SBER = new Instrument("SBER", "TQBR");
    private static final Instant AT = Instant.parse("2026-01-05T07:00:00Z");

    private final ScriptedBrokerGateway paper = new ScriptedBrokerGateway();
    private final ScriptedBrokerGateway alor = new ScriptedBrokerGateway();
    private final InMemoryOrderStore orders = new InMemoryOrderStore();

    private static StrategyDefinition strategy(String id, String broker) {
        return new StrategyDefinition(id, SBER, Timeframe.H1, "sma-cross", Map.of(), Quantity.ofLots(1), 10, broker);
    }

    private RoutedBrokerGateway routed() {
        return new RoutedBrokerGateway(
                Map.of("paper", paper, "alor", alor),
                List.of(strategy("on-paper", "paper"), strategy("on-alor", "alor")),
                orders,
                "paper");
    }

    @Test
    void sendsEachOrderToTheBrokerItsStrategyNamesAndLooksItUpThere() {
        RoutedBrokerGateway gateway = routed();
        orders.create(Order.intent("a-1", "on-alor", SBER, Side.BUY, 1, 10, AT, AT), AT);
        orders.create(Order.intent("p-1", "on-paper", SBER, Side.BUY, 1, 10, AT, AT), AT);

        gateway.submit(new OrderRequest("a-1", "on-alor", SBER, Timeframe.H1, Side.BUY, 1, 10));
        gateway.submit(new OrderRequest("p-1", "on-paper", SBER, Timeframe.H1, Side.BUY, 1, 10));
        gateway.order("a-1");
        gateway.order("p-1");

        assertThat(alor.submits).containsExactly("a-1");
        assertThat(paper.submits).containsExactly("p-1");
        assertThat(alor.lookups).containsExactly("a-1");
        assertThat(paper.lookups).containsExactly("p-1");
        assertThat(gateway.openOrders()).hasSize(2);
    }

    @Test
    void handsACandleOnlyToTheGatewaysOfTheStrategiesTradingItsSeries() {
        Instrument gazp = new Instrument("GAZP", "TQBR");
        RoutedBrokerGateway gateway = new RoutedBrokerGateway(
                Map.of("paper", paper, "alor", alor),
                List.of(
                        strategy("on-alor", "alor"),
                        new StrategyDefinition(
                                "gazp-paper",
                                gazp,
                                Timeframe.H1,
                                "sma-cross",
                                Map.of(),
                                Quantity.ofLots(1),
                                10,
                                "paper")),
                orders,
                "paper");
        Candle sber = LiveLoopFixture.candle(AT, "10", "11", "9", "10");

        gateway.executionsUpTo(sber);

        assertThat(alor.candles).containsExactly(sber);
        assertThat(paper.candles).isEmpty();
    }

    @Test
    void refusesAStrategyWhoseBrokerHasNoGateway() {
        assertThatThrownBy(() -> new RoutedBrokerGateway(
                        Map.of("paper", paper), List.of(strategy("on-alor", "alor")), orders, "paper"))
                .hasMessageContaining("'alor', which has no gateway");
    }
}
