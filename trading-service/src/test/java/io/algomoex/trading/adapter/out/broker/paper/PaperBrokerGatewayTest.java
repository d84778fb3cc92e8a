package io.algomoex.trading.adapter.out.broker.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.OrderState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperBrokerGatewayTest {

    private static final Instrument SBER = new Instrument("SBER", "TQBR");
    private final InMemoryPaperAccount account = new InMemoryPaperAccount();
    private final PaperBrokerGateway gateway =
            new PaperBrokerGateway(new BigDecimal("0.0005"), account, Clock.systemUTC());

    private static Candle candle(String begin, Timeframe timeframe, String open) {
        Price price = Price.of(open);
        return new Candle(SBER, timeframe, Instant.parse(begin), price, price, price, price, 1, null);
    }

    private static OrderRequest buy(String id, long units) {
        return new OrderRequest(id, "sber-sma", SBER, Timeframe.H1, Side.BUY, units / 10, units);
    }

    @Test
    void fillsAMarketOrderAtTheNextCandlesOpenWithExactCommission() {
        gateway.submit(buy("a", 10));

        List<Execution> fills = gateway.executionsUpTo(candle("2026-01-05T08:00:00Z", Timeframe.H1, "61.17"));

        assertThat(fills).singleElement().satisfies(fill -> {
            assertThat(fill.price()).isEqualByComparingTo("61.17");
            assertThat(fill.commission()).isEqualByComparingTo("0.30585");
            assertThat(fill.executedAt()).isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
        });
        assertThat(gateway.order("a")).get().extracting(order -> order.state()).isEqualTo(OrderState.FILLED);
        assertThat(gateway.positions()).isEqualTo(Map.of(SBER, 10L));
    }

    @Test
    void theClientOrderIdIsTheIdempotencyKey() {
        gateway.submit(buy("a", 10));
        gateway.submit(buy("a", 10));

        assertThat(gateway.executionsUpTo(candle("2026-01-05T08:00:00Z", Timeframe.H1, "100")))
                .hasSize(1);
        assertThat(gateway.positions()).isEqualTo(Map.of(SBER, 10L));
    }

    @Test
    void fillsOnlyOnACandleOfTheOrdersTimeframeAndNeverTwiceOnTheSameCandle() {
        gateway.submit(buy("a", 10));

        assertThat(gateway.executionsUpTo(candle("2026-01-05T08:00:00Z", Timeframe.M10, "100")))
                .isEmpty();
        assertThat(gateway.executionsUpTo(candle("2026-01-05T08:00:00Z", Timeframe.H1, "100")))
                .hasSize(1);
        gateway.submit(buy("b", 10));
        assertThat(gateway.executionsUpTo(candle("2026-01-05T08:00:00Z", Timeframe.H1, "100")))
                .isEmpty();
    }

    @Test
    void cancelsAnOrderThatHasNotFilled() {
        gateway.submit(buy("a", 10));
        gateway.cancel("a");

        assertThat(gateway.executionsUpTo(candle("2026-01-05T08:00:00Z", Timeframe.H1, "100")))
                .isEmpty();
        assertThat(gateway.order("a")).get().extracting(order -> order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(gateway.order("unknown")).isEmpty();
    }

    @Test
    void aPartlyFilledOrderFillsItsRemainingUnitsAndListsEveryFill() {
        gateway.submit(buy("a", 30));
        Execution first = new Execution(
                "a",
                Side.BUY,
                10,
                new BigDecimal("99"),
                new BigDecimal("0.495"),
                Instant.parse("2026-01-05T07:30:00Z"));
        account.addFill(first);
        account.update(account.find("a").orElseThrow().withFill(10));
        assertThat(gateway.openOrders())
                .singleElement()
                .satisfies(order -> assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_FILLED));

        List<Execution> fills = gateway.executionsUpTo(candle("2026-01-05T08:00:00Z", Timeframe.H1, "100"));

        assertThat(fills).singleElement().satisfies(fill -> {
            assertThat(fill.units()).isEqualTo(20);
            assertThat(fill.commission()).isEqualByComparingTo("1.000");
        });
        assertThat(gateway.fills("a")).containsExactly(first, fills.getFirst());
        assertThat(gateway.order("a")).get().satisfies(order -> {
            assertThat(order.state()).isEqualTo(OrderState.FILLED);
            assertThat(order.filledUnits()).isEqualTo(30);
        });
        assertThat(gateway.openOrders()).isEmpty();
        assertThat(gateway.positions()).isEqualTo(Map.of(SBER, 30L));
    }

    @Test
    void aCancelledOrderKeepsItsFillsAndCancellingItAgainChangesNothing() {
        gateway.submit(buy("a", 10));
        gateway.executionsUpTo(candle("2026-01-05T08:00:00Z", Timeframe.H1, "100"));

        gateway.cancel("a");
        gateway.cancel("unknown");

        assertThat(gateway.order("a")).get().extracting(order -> order.state()).isEqualTo(OrderState.FILLED);
        assertThat(gateway.submit(buy("a", 10)).state()).isEqualTo(OrderState.FILLED);
        assertThat(account.orders()).hasSize(1);
    }
}
