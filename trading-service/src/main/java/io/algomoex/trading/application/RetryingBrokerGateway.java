package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerRateLimitedException;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.application.port.Sleeper;
import io.algomoex.trading.domain.Execution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send policy shared by every broker: a submit that fails for a retryable reason ({@link
 * BrokerUnavailableException}) is sent again with the same client order id, which the broker treats as the same order,
 * until {@link SendSettings#deadline()} has passed; a {@link BrokerRateLimitedException} waits as long as the broker
 * asked. After the deadline the order is looked up by its client id, never sent blind once more: found, it is what the
 * broker has; not found (or the lookup fails too), the send fails as unavailable and the order stays NEW for
 * reconciliation. A final refusal ({@link io.algomoex.trading.application.port.OrderRejectedException}) passes
 * through at once. Other calls go straight to the broker.
 */
public final class RetryingBrokerGateway implements BrokerGateway {

    private static final Logger log = LoggerFactory.getLogger(RetryingBrokerGateway.class);

    private final BrokerGateway broker;
    private final SendSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;

    public RetryingBrokerGateway(BrokerGateway broker, SendSettings settings, Sleeper sleeper, Clock clock) {
        this.broker = broker;
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public BrokerOrder submit(OrderRequest request) {
        Instant deadline = clock.instant().plus(settings.deadline());
        Duration backoff = settings.firstBackoff();
        int attempt = 1;
        while (true) {
            try {
                return broker.submit(request);
            } catch (BrokerUnavailableException e) {
                Duration wait = e instanceof BrokerRateLimitedException limited ? limited.retryAfter() : backoff;
                if (!clock.instant().plus(wait).isBefore(deadline)) {
                    return lookUp(request, attempt, e);
                }
                log.warn(
                        "Order {} attempt {} failed ({}); sending it again with the same id in {}",
                        request.clientOrderId(),
                        attempt,
                        e.getMessage(),
                        wait);
                pause(wait, e);
                backoff = doubled(backoff);
                attempt++;
            }
        }
    }

    private BrokerOrder lookUp(OrderRequest request, int attempts, BrokerUnavailableException last) {
        if (attempts == 1 && settings.deadline().isZero()) {
            throw last;
        }
        log.warn(
                "Order {} could not be sent in {} attempts before its deadline; looking it up by its client id",
                request.clientOrderId(),
                attempts);
        Optional<BrokerOrder> found = broker.order(request.clientOrderId());
        return found.orElseThrow(() -> new BrokerUnavailableException(
                "order " + request.clientOrderId() + " did not reach the broker before its deadline of "
                        + settings.deadline() + " (" + last.getMessage() + ")",
                last));
    }

    private void pause(Duration wait, BrokerUnavailableException cause) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private Duration doubled(Duration backoff) {
        Duration next = backoff.multipliedBy(2);
        return next.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : next;
    }

    @Override
    public void cancel(String clientOrderId) {
        broker.cancel(clientOrderId);
    }

    @Override
    public Optional<BrokerOrder> order(String clientOrderId) {
        return broker.order(clientOrderId);
    }

    @Override
    public Optional<BrokerOrder> order(String clientOrderId, Instant createdAt) {
        return broker.order(clientOrderId, createdAt);
    }

    @Override
    public List<BrokerOrder> openOrders() {
        return broker.openOrders();
    }

    @Override
    public List<Execution> fills(String clientOrderId) {
        return broker.fills(clientOrderId);
    }

    @Override
    public Map<Instrument, Long> positions() {
        return broker.positions();
    }

    @Override
    public List<Execution> executionsUpTo(Candle closed) {
        return broker.executionsUpTo(closed);
    }
}
