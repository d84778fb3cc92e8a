package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.event.OrderCancelled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Side;
import io.algomoex.trading.adapter.out.broker.paper.InMemoryPaperAccount;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.TradingMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancelOrderTest {

    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");
    private static final BigDecimal CAPITAL = new BigDecimal("100000");

    private final InMemoryPaperAccount account = new InMemoryPaperAccount();
    private final LiveLoopFixture live = new LiveLoopFixture(
            2, 3, 1, 10, new PaperBrokerGateway(new BigDecimal("0.0005"), account, LiveLoopFixture.CLOCK), CAPITAL);
    private final CancelOrder cancelOrder = LiveLoopFixture.cancelOrder(
            new TradingSettings(TradingMode.PAPER, List.of(live.definition)),
            new AccountSettings(CAPITAL),
            live.gateway,
            new TradingBooks(live.orders, live.positions, live.progress, live.outbox, new DirectTransactions()),
            live.loop,
            live.metrics,
            LiveLoopFixture.CLOCK);

    /** fast 2 / slow 3 crosses up on the fifth candle; the sixth fills the buy. */
    private static List<Candle> candles(int count) {
        String[] closes = {"10", "10", "9", "9", "12", "13"};
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candles.add(LiveLoopFixture.candle(START.plus(Duration.ofHours(i)), closes[i], "14", "8", closes[i]));
        }
        return candles;
    }

    @Test
    void cancelsASubmittedOrderAtTheBrokerAndInTheBooksAlsoWhileHalted() {
        live.replay(candles(5));
        Order submitted = live.orders.all().getFirst();
        assertThat(submitted.state()).isEqualTo(OrderState.SUBMITTED);
        live.halts.halt(HaltStore.ACCOUNT, "operator", START);

        Order cancelled = cancelOrder.cancel(submitted.clientOrderId(), "rest");

        assertThat(cancelled.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(cancelled.reason()).isEqualTo("cancelled by rest");
        assertThat(live.gateway.order(submitted.clientOrderId()))
                .get()
                .extracting(order -> order.state())
                .isEqualTo(OrderState.CANCELLED);
        assertThat(live.outbox.appended(OrderCancelled.class))
                .singleElement()
                .extracting(OrderCancelled::reason)
                .isEqualTo("cancelled by rest");
        assertThat(live.outbox.appended(OrderRejected.class)).isEmpty();

        live.replay(candles(6).subList(5, 6));
        assertThat(live.positions.find(live.definition.id()).orElseThrow().units())
                .isZero();
    }

    @Test
    void refusesUnknownAndFinalOrders() {
        live.replay(candles(6));
        Order filled = live.orders.all().getFirst();
        assertThat(filled.state()).isEqualTo(OrderState.FILLED);

        assertThatThrownBy(() -> cancelOrder.cancel("nope", "rest")).isInstanceOf(UnknownOrderException.class);
        assertThatThrownBy(() -> cancelOrder.cancel(filled.clientOrderId(), "rest"))
                .isInstanceOf(OrderNotOpenException.class)
                .hasMessageContaining("FILLED");
    }

    @Test
    void cancelsANewOrderTheBrokerNeverReceivedInOurBooksOnly() {
        Order intent =
                Order.intent("n", live.definition.id(), LiveLoopFixture.INSTRUMENT, Side.BUY, 1, 10, START, START);
        live.orders.create(intent, START);

        Order cancelled = cancelOrder.cancel("n", "rest");

        assertThat(cancelled.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(account.orders()).isEmpty();
        assertThat(live.orders.statesOf("n")).containsExactly(OrderState.NEW, OrderState.CANCELLED);
    }
}
