package io.algomoex.trading.application;

import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.StrategyDefinition;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Cancels an open order, also while trading is halted (a halt stops new orders, not cancels). The cancel goes to the
 * broker, and the broker's answer is what we store: fills it made before the cancel are booked first, and an order it
 * filled in full cannot be cancelled. A NEW order the broker never received is cancelled in our books only. Runs
 * while no candle is being acted on, so the live loop never sends an order this has just cancelled.
 */
@Service
public class CancelOrder {

    private static final Logger log = LoggerFactory.getLogger(CancelOrder.class);

    private final Map<String, StrategyDefinition> strategies;
    private final BrokerGateway gateway;
    private final TradingBooks books;
    private final ActOnClosedCandle loop;
    private final PlaceOrder placeOrder;
    private final AdoptBrokerOrder adopt;

    CancelOrder(
            TradingSettings settings,
            BrokerGateway gateway,
            TradingBooks books,
            ActOnClosedCandle loop,
            PlaceOrder placeOrder,
            AdoptBrokerOrder adopt) {
        this.strategies = settings.byId();
        this.gateway = gateway;
        this.books = books;
        this.loop = loop;
        this.placeOrder = placeOrder;
        this.adopt = adopt;
    }

    /**
     * @param requestedBy who asked, for example {@code rest}
     * @return the order, CANCELLED
     * @throws UnknownOrderException when no order has the id
     * @throws OrderNotOpenException when it is final, or filled before the cancel reached the broker
     */
    public Order cancel(String clientOrderId, String requestedBy) {
        return loop.exclusively(() -> cancelNow(clientOrderId, "cancelled by " + requestedBy));
    }

    private Order cancelNow(String clientOrderId, String reason) {
        Order order = books.orders().find(clientOrderId).orElseThrow(() -> new UnknownOrderException(clientOrderId));
        if (order.state().isFinal()) {
            throw new OrderNotOpenException(order);
        }
        StrategyDefinition definition = strategies.get(order.strategyId());
        if (definition == null) {
            throw new OrderNotOpenException("order '" + clientOrderId + "' belongs to strategy '" + order.strategyId()
                    + "', which is not configured: cancel it at the broker");
        }
        gateway.cancel(clientOrderId);
        Optional<BrokerOrder> broker = gateway.order(clientOrderId);
        Order after;
        if (broker.isEmpty()) {
            if (order.state() != OrderState.NEW) {
                throw new IllegalStateException(
                        "order " + clientOrderId + " is " + order.state() + " in our books but unknown at the broker");
            }
            placeOrder.cancelled(order, reason);
            after = books.orders().find(clientOrderId).orElseThrow();
        } else {
            after = adopt.adopt(clientOrderId, broker.get(), gateway.fills(clientOrderId), definition, reason);
        }
        if (after.state() != OrderState.CANCELLED) {
            throw new OrderNotOpenException(
                    "order '" + clientOrderId + "' is " + after.state() + " at the broker; the cancel came too late");
        }
        log.info("Order {} {} ({} of {} units filled)", clientOrderId, reason, after.filledUnits(), after.units());
        return after;
    }
}
