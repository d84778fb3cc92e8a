package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.market.Side;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowBrokerOrdersTest {

    private static final Instant AT = Instant.parse("2026-01-05T07:00:00Z");

    private final ScriptedBrokerGateway broker = new ScriptedBrokerGateway();
    private final LiveLoopFixture live =
            new LiveLoopFixture(2, 3, 1, 10, broker, new BigDecimal("1000000"), "alor", false);
    private final FollowBrokerOrders follow = LiveLoopFixture.follow(
            live.settings(),
            new AccountSettings(new BigDecimal("1000000")),
            broker,
            live.books(),
            live.metrics,
            LiveLoopFixture.CLOCK);

    private void submitted(String id) {
        Order intent = Order.intent(id, "sber-sma", LiveLoopFixture.INSTRUMENT, Side.BUY, 1, 10, AT, AT);
        live.orders.create(intent, AT);
        live.orders.update(intent.submitted(), AT);
    }

    @Test
    void booksAFillOfAWorkingOrderOnceAndReportsIt() {
        submitted("id-1");
        broker.orders.put("id-1", new BrokerOrder("id-1", OrderState.FILLED, 10, null));
        broker.fills.put(
                "id-1",
                List.of(new Execution("id-1", Side.BUY, 10, new BigDecimal("250.10"), new BigDecimal("1.25"), AT)));

        assertThat(follow.follow()).isEqualTo(1);
        assertThat(follow.follow()).isZero();

        assertThat(live.orders.find("id-1").orElseThrow().state()).isEqualTo(OrderState.FILLED);
        assertThat(live.positions.find("sber-sma").orElseThrow().units()).isEqualTo(10);
        assertThat(live.outbox.appended(OrderFilled.class)).hasSize(1);
    }

    @Test
    void leavesOrdersAsTheyAreWhileTheBrokerCannotBeReached() {
        submitted("id-1");
        ScriptedBrokerGateway down = new ScriptedBrokerGateway() {
            @Override
            public java.util.Optional<BrokerOrder> order(String clientOrderId) {
                throw new BrokerUnavailableException("connection refused", null);
            }
        };
        FollowBrokerOrders following = LiveLoopFixture.follow(
                live.settings(),
                new AccountSettings(new BigDecimal("1000000")),
                down,
                live.books(),
                live.metrics,
                LiveLoopFixture.CLOCK);

        assertThat(following.follow()).isZero();
        assertThat(live.orders.find("id-1").orElseThrow().state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(live.metrics.gatewayFailures).isEqualTo(1);
    }

    @Test
    void followsNothingWhenEveryStrategyTradesOnPaper() {
        LiveLoopFixture paper = new LiveLoopFixture(2, 3, 1, 10, broker, new BigDecimal("1000000"));
        FollowBrokerOrders none = LiveLoopFixture.follow(
                paper.settings(),
                new AccountSettings(new BigDecimal("1000000")),
                broker,
                paper.books(),
                paper.metrics,
                LiveLoopFixture.CLOCK);

        assertThat(none.followsAny()).isFalse();
        assertThat(none.follow()).isZero();
        assertThat(broker.lookups).isEmpty();
    }
}
