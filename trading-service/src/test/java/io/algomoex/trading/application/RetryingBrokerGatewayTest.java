package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerRateLimitedException;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRejectedException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.application.port.Sleeper;
import io.algomoex.trading.domain.OrderState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingBrokerGatewayTest {

    private static final OrderRequest ORDER =
            new OrderRequest("id-1", "sber-sma", new Instrument("SBER", "TQBR"), Timeframe.H1, Side.BUY, 1, 10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T07:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();
    // Waiting advances the test clock instead of sleeping.
    private final Sleeper sleeper = duration -> {
        waits.add(duration);
        clock.advance(duration);
    };
    private final ScriptedBrokerGateway broker = new ScriptedBrokerGateway();
    private final RetryingBrokerGateway gateway = new RetryingBrokerGateway(
            broker,
            new SendSettings(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(2)),
            sleeper,
            clock);

    @Test
    void resendsTheSameClientIdWithDoublingBackoffUntilTheBrokerAnswers() {
        broker.failing(new BrokerUnavailableException("timeout", null), false)
                .failing(new BrokerUnavailableException("502", null), false);

        BrokerOrder placed = gateway.submit(ORDER);

        assertThat(placed.state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(broker.submits).containsExactly("id-1", "id-1", "id-1");
        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(broker.orders).hasSize(1);
    }

    @Test
    void waitsAsLongAsARateLimitAsksAndDoesNotFailTheOrder() {
        broker.failing(new BrokerRateLimitedException("429", Duration.ofSeconds(3)), false);

        assertThat(gateway.submit(ORDER).state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void resolvesByLookingTheOrderUpAfterTheDeadlineNeverByABlindSend() {
        // The broker accepted the first send but the answer was lost; every later answer is lost too.
        broker.failing(new BrokerUnavailableException("read timed out", null), true);
        for (int i = 0; i < 20; i++) {
            broker.failing(new BrokerUnavailableException("read timed out", null), false);
        }

        BrokerOrder found = gateway.submit(ORDER);

        assertThat(found.clientOrderId()).isEqualTo("id-1");
        assertThat(broker.lookups).containsExactly("id-1");
        assertThat(broker.orders).hasSize(1);
        Instant last = Instant.parse("2026-01-05T07:00:00Z").plus(Duration.ofSeconds(10));
        assertThat(clock.instant()).isBefore(last);
    }

    @Test
    void failsAsUnavailableWhenTheLookupAfterTheDeadlineFindsNothing() {
        for (int i = 0; i < 20; i++) {
            broker.failing(new BrokerUnavailableException("connection refused", null), false);
        }

        assertThatThrownBy(() -> gateway.submit(ORDER))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("did not reach the broker before its deadline");
        int sends = broker.submits.size();
        assertThat(broker.lookups).containsExactly("id-1");
        assertThat(broker.submits).hasSize(sends).allMatch("id-1"::equals);
        assertThat(broker.orders).isEmpty();
    }

    @Test
    void passesAFinalRejectionThroughWithoutRetrying() {
        broker.failing(new OrderRejectedException("Alor: not enough money"), false);

        assertThatThrownBy(() -> gateway.submit(ORDER))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("Alor: not enough money");
        assertThat(broker.submits).containsExactly("id-1");
        assertThat(waits).isEmpty();
    }

    @Test
    void sendsOnceWithoutLookupWhenTheDeadlineIsZero() {
        RetryingBrokerGateway once = new RetryingBrokerGateway(broker, SendSettings.once(), sleeper, clock);
        broker.failing(new BrokerUnavailableException("down", null), false);

        assertThatThrownBy(() -> once.submit(ORDER)).isInstanceOf(BrokerUnavailableException.class);
        assertThat(broker.submits).containsExactly("id-1");
        assertThat(broker.lookups).isEmpty();
    }
}
