package io.algomoex.trading.application;

import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.OrderCancelled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.OrderSubmitted;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.common.strategy.Signal;
import io.algomoex.service.outbox.EventOutbox;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRejectedException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.application.port.TradingMetrics;
import io.algomoex.trading.application.port.Transactions;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.StrategyDefinition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns a signal into an order intent and sends it. The intent, with its client order id, is committed before the
 * gateway hears of it; the id is derived from the strategy and the signal candle, so a redelivered candle can never
 * make a second order.
 */
@Service
final class PlaceOrder {

    private static final Logger log = LoggerFactory.getLogger(PlaceOrder.class);

    private final BrokerGateway gateway;
    private final OrderStore orders;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final TradingMetrics metrics;
    private final Clock clock;

    /** Over the books' order store, outbox and transactions. */
    PlaceOrder(BrokerGateway gateway, TradingBooks books, TradingMetrics metrics, Clock clock) {
        this.gateway = gateway;
        this.orders = books.orders();
        this.outbox = books.outbox();
        this.transactions = books.transactions();
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * The intent a signal asks for, or empty when it asks for nothing. Its client order id is the same each time the
     * same candle gives the same strategy a signal, so {@link #create} stores it once.
     */
    Optional<Order> intentFor(StrategyDefinition definition, Signal signal, long positionUnits, Candle candle) {
        Side side;
        long units;
        switch (signal.action()) {
            case HOLD -> {
                return Optional.empty();
            }
            case BUY, SELL -> {
                side = signal.action() == Signal.Action.BUY ? Side.BUY : Side.SELL;
                units = exactUnits(signal.size(), definition);
            }
            case CLOSE -> {
                if (positionUnits == 0) {
                    return Optional.empty();
                }
                side = positionUnits > 0 ? Side.SELL : Side.BUY;
                units = Math.abs(positionUnits);
            }
            default -> throw new IllegalStateException("unknown signal " + signal);
        }
        return Optional.of(Order.intent(
                clientOrderId(definition, candle),
                definition.id(),
                definition.instrument(),
                side,
                units / definition.lotSize(),
                units,
                candle.begin(),
                clock.instant()));
    }

    /**
     * Stores a new intent; the caller's transaction commits it before {@link #send} runs. False, storing nothing, when
     * the order exists already: its signal candle was acted on before.
     */
    boolean create(Order intent) {
        if (!orders.create(intent, clock.instant())) {
            log.info("Order {} exists already: its signal candle was acted on before", intent.clientOrderId());
            return false;
        }
        metrics.orderReached(OrderState.NEW);
        return true;
    }

    /** Sends a committed intent and records what the gateway said; {@code received} is when the candle arrived. */
    void send(Order intent, Candle candle, Instant received) {
        metrics.orderSent(Duration.between(received, clock.instant()));
        // Just stored NEW under the loop's lock, which a cancel also takes: no need to read it back first.
        hand(intent, candle.timeframe());
    }

    /**
     * Sends a stored NEW order to the gateway and records what it said. An order that is no longer NEW (cancelled in
     * the meantime) is not sent. A gateway failure leaves it NEW: its fate is looked up by reconciliation.
     */
    void submit(Order intent, Timeframe timeframe) {
        if (orders.find(intent.clientOrderId()).map(Order::state).orElse(null) != OrderState.NEW) {
            log.info("Order {} is no longer new: not sending it", intent.clientOrderId());
            return;
        }
        hand(intent, timeframe);
    }

    private void hand(Order intent, Timeframe timeframe) {
        OrderRequest request = new OrderRequest(
                intent.clientOrderId(),
                intent.strategyId(),
                intent.instrument(),
                timeframe,
                intent.side(),
                intent.lots(),
                intent.units());
        try {
            BrokerOrder accepted = gateway.submit(request);
            if (accepted.state() == OrderState.REJECTED) {
                reject(intent, accepted.reason());
                return;
            }
            submitted(intent);
        } catch (OrderRejectedException e) {
            reject(intent, e.getMessage());
        } catch (BrokerUnavailableException e) {
            // The order's fate is unknown: it stays NEW and is looked up by its client id before anything is resent.
            metrics.gatewayFailed();
            log.error("Broker unavailable while sending order {}: {}", intent.clientOrderId(), e.getMessage());
        }
    }

    /** Stores a NEW order as accepted by the broker and reports it; runs in the caller's transaction when there is one. */
    void submitted(Order intent) {
        transactions.run(() -> {
            orders.update(intent.submitted(), clock.instant());
            outbox.append(new OrderSubmitted(
                    intent.clientOrderId(),
                    intent.strategyId(),
                    intent.instrument().secid(),
                    intent.instrument().board(),
                    intent.side(),
                    intent.lots(),
                    null));
        });
        metrics.orderReached(OrderState.SUBMITTED);
    }

    /** Stores the order cancelled with the reason, keeping its fills, and reports it as {@code trading.order.cancelled}. */
    void cancelled(Order order, String reason) {
        Order cancelled = order.cancelled(reason);
        ended(
                cancelled,
                new OrderCancelled(
                        cancelled.clientOrderId(),
                        cancelled.strategyId(),
                        cancelled.instrument().secid(),
                        cancelled.instrument().board(),
                        cancelled.side(),
                        cancelled.lots(),
                        reason));
    }

    /** Stores the intent rejected with the reason and reports it; runs in the caller's transaction when there is one. */
    void reject(Order intent, String reason) {
        String why = reason == null || reason.isBlank() ? "rejected by the broker" : reason;
        Order rejected = intent.rejected(why);
        ended(
                rejected,
                new OrderRejected(
                        rejected.clientOrderId(),
                        rejected.strategyId(),
                        rejected.instrument().secid(),
                        rejected.instrument().board(),
                        rejected.side(),
                        rejected.lots(),
                        why));
    }

    /** Stores an order that reached a final state other than filled, with the event that reports it. */
    private void ended(Order ended, EventPayload event) {
        transactions.run(() -> {
            orders.update(ended, clock.instant());
            outbox.append(event);
        });
        metrics.orderReached(ended.state());
    }

    static String clientOrderId(StrategyDefinition definition, Candle candle) {
        String key = definition.id() + "|" + candle.begin();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static long exactUnits(double size, StrategyDefinition definition) {
        BigDecimal units = new BigDecimal(size);
        try {
            long whole = units.longValueExact();
            if (whole % definition.lotSize() != 0) {
                throw new ArithmeticException("not whole lots");
            }
            return whole;
        } catch (ArithmeticException e) {
            throw new IllegalStateException("strategy " + definition.id() + " asked for " + size
                    + " units, not a whole number of lots of " + definition.lotSize());
        }
    }
}
