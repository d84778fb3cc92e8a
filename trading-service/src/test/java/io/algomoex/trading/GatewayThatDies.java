package io.algomoex.trading;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Wraps the real paper gateway and dies at one chosen moment, as the service would if its process were killed there:
 * from then on every call fails, and the test closes the context (the crash) and starts a new one (the restart).
 */
final class GatewayThatDies implements BrokerGateway {

    /** Where the service dies. */
    enum Moment {
        /** The order is stored NEW; the broker never hears of it. */
        BEFORE_SEND,
        /** The broker has accepted the order; the service never records it as SUBMITTED. */
        AFTER_SEND,
        /** The broker has filled the order and reported the fill; the service never books it. */
        AFTER_FILL,
        /**
         * Not a crash: the broker cannot be reached for the first order sent, as across a dropped connection, and
         * answers every call after it.
         */
        UNREACHABLE_AT_FIRST_SEND
    }

    /** Counts down when the gateway dies; one per JVM, as one crash at a time is tested. */
    static volatile CountDownLatch died = new CountDownLatch(1);

    private final BrokerGateway real;
    private final Moment moment;
    private volatile boolean dead;
    private volatile boolean unreachableOnce;

    GatewayThatDies(BrokerGateway real, Moment moment) {
        this.real = real;
        this.moment = moment;
        this.unreachableOnce = moment == Moment.UNREACHABLE_AT_FIRST_SEND;
    }

    @Override
    public BrokerOrder submit(OrderRequest request) {
        alive();
        if (moment == Moment.BEFORE_SEND) {
            die();
        }
        if (unreachableOnce) {
            unreachableOnce = false;
            died.countDown();
            throw new BrokerUnavailableException("connection reset by the test", null);
        }
        BrokerOrder accepted = real.submit(request);
        if (moment == Moment.AFTER_SEND) {
            die();
        }
        return accepted;
    }

    @Override
    public void cancel(String clientOrderId) {
        alive();
        real.cancel(clientOrderId);
    }

    @Override
    public Optional<BrokerOrder> order(String clientOrderId) {
        alive();
        return real.order(clientOrderId);
    }

    @Override
    public List<BrokerOrder> openOrders() {
        alive();
        return real.openOrders();
    }

    @Override
    public List<Execution> fills(String clientOrderId) {
        alive();
        return real.fills(clientOrderId);
    }

    @Override
    public Map<Instrument, Long> positions() {
        alive();
        return real.positions();
    }

    @Override
    public List<Execution> executionsUpTo(Candle closed) {
        alive();
        List<Execution> executions = real.executionsUpTo(closed);
        if (moment == Moment.AFTER_FILL && !executions.isEmpty()) {
            die();
        }
        return executions;
    }

    private void alive() {
        if (dead) {
            throw new IllegalStateException("the trading service died here");
        }
    }

    private void die() {
        dead = true;
        died.countDown();
        throw new IllegalStateException("the trading service died here");
    }

    /** Puts the dying gateway in front of the paper gateway when {@code crash-it.gateway-dies} names a moment. */
    @TestConfiguration(proxyBeanMethods = false)
    @ConditionalOnProperty("crash-it.gateway-dies")
    static class Configuration {

        @Bean
        @Primary
        BrokerGateway gatewayThatDies(
                @Qualifier("paperBrokerGateway") BrokerGateway paper,
                @Value("${crash-it.gateway-dies}") Moment moment) {
            return new GatewayThatDies(paper, moment);
        }
    }
}
