package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.OrderSubmitted;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRejectedException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceOrderFailuresTest {

    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    /** A gateway that fails every submission the way it was told to. */
    private static final class FailingBrokerGateway implements BrokerGateway {

        private final RuntimeException failure;
        final List<OrderRequest> requests = new ArrayList<>();

        FailingBrokerGateway(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public BrokerOrder submit(OrderRequest request) {
            requests.add(request);
            throw failure;
        }

        @Override
        public void cancel(String clientOrderId) {}

        @Override
        public Optional<BrokerOrder> order(String clientOrderId) {
            return Optional.empty();
        }

        @Override
        public List<BrokerOrder> openOrders() {
            return List.of();
        }

        @Override
        public List<Execution> fills(String clientOrderId) {
            return List.of();
        }

        @Override
        public Map<Instrument, Long> positions() {
            return Map.of();
        }

        @Override
        public List<Execution> executionsUpTo(Candle closed) {
            return List.of();
        }
    }

    /** fast 2 / slow 3 crosses up on the fifth candle. */
    private static List<Candle> crossingUp() {
        String[] closes = {"10", "10", "9", "9", "12"};
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            candles.add(LiveLoopFixture.candle(START.plus(Duration.ofHours(i)), closes[i], "13", "8", closes[i]));
        }
        return candles;
    }

    @Test
    void aBrokerRejectionIsStoredWithTheBrokersReasonAndPublished() {
        FailingBrokerGateway gateway = new FailingBrokerGateway(new OrderRejectedException("insufficient funds"));
        LiveLoopFixture live = new LiveLoopFixture(2, 3, 1, 10, gateway, new BigDecimal("100000"));

        live.replay(crossingUp());

        Order order = live.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(order.reason()).isEqualTo("insufficient funds");
        assertThat(live.orders.statesOf(order.clientOrderId())).containsExactly(OrderState.NEW, OrderState.REJECTED);
        assertThat(live.outbox.appended(OrderRejected.class))
                .singleElement()
                .extracting(OrderRejected::reason)
                .isEqualTo("insufficient funds");
        assertThat(live.outbox.appended(OrderSubmitted.class)).isEmpty();
    }

    @Test
    void anUnreachableBrokerLeavesTheOrderNewWithItsClientIdStored() {
        FailingBrokerGateway gateway =
                new FailingBrokerGateway(new BrokerUnavailableException("connection refused", null));
        LiveLoopFixture live = new LiveLoopFixture(2, 3, 1, 10, gateway, new BigDecimal("100000"));

        live.replay(crossingUp());

        Order order = live.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.NEW);
        assertThat(gateway.requests).singleElement().satisfies(request -> {
            assertThat(request.clientOrderId()).isEqualTo(order.clientOrderId());
            assertThat(request.units()).isEqualTo(10);
        });
        assertThat(live.metrics.gatewayFailures).isEqualTo(1);
        assertThat(live.outbox.appended(OrderSubmitted.class)).isEmpty();
    }
}
