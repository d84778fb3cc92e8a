package io.algomoex.trading.application;

import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderFateUnknownException;
import io.algomoex.trading.application.port.TradingMetrics;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.StrategyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Brings the fills of a real broker's orders into the books while the service runs, so a fill reaches positions,
 * P&amp;L and events within a poll interval rather than at the next candle. Each working order (SUBMITTED or
 * PARTIALLY_FILLED) of a strategy on a followed broker is looked up by its client order id and adopted as
 * reconciliation adopts it: unbooked fills are booked once each, a broker cancellation or rejection becomes ours. The
 * paper broker fills at candles and is not followed. The caller holds the loop's lock ({@link
 * ActOnClosedCandle#exclusively}).
 */
@Service
public class FollowBrokerOrders {

    private static final Logger log = LoggerFactory.getLogger(FollowBrokerOrders.class);
    private static final List<OrderState> WORKING = List.of(OrderState.SUBMITTED, OrderState.PARTIALLY_FILLED);

    private final Map<String, StrategyDefinition> followed;
    private final BrokerGateway gateway;
    private final TradingBooks books;
    private final TradingMetrics metrics;
    private final AdoptBrokerOrder adopt;

    public FollowBrokerOrders(
            TradingSettings settings,
            BrokerGateway gateway,
            TradingBooks books,
            TradingMetrics metrics,
            AdoptBrokerOrder adopt) {
        this.followed = settings.byId();
        this.followed.values().removeIf(strategy -> GuardTradingMode.PAPER.equals(strategy.broker()));
        this.gateway = gateway;
        this.books = books;
        this.metrics = metrics;
        this.adopt = adopt;
    }

    /** Whether any strategy trades through a broker that is followed. */
    public boolean followsAny() {
        return !followed.isEmpty();
    }

    /**
     * Looks every working order of a followed strategy up once.
     *
     * @return how many orders changed (a fill booked, or a final state reached)
     */
    public int follow() {
        if (followed.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (Order order : working()) {
            try {
                changed += followOne(order) ? 1 : 0;
            } catch (BrokerUnavailableException e) {
                metrics.gatewayFailed();
                log.warn("Following orders paused: the broker cannot be reached ({})", e.getMessage());
                return changed;
            } catch (AdoptBrokerOrder.BooksDisagreeException | OrderFateUnknownException e) {
                log.error(
                        "Order {} disagrees with the broker: {}; left for reconciliation",
                        order.clientOrderId(),
                        e.getMessage());
            }
        }
        return changed;
    }

    private boolean followOne(Order order) {
        Optional<BrokerOrder> broker = gateway.order(order.clientOrderId(), order.createdAt());
        if (broker.isEmpty()) {
            log.warn("Order {} is {} in our books but unknown at the broker", order.clientOrderId(), order.state());
            return false;
        }
        if (broker.get().filledUnits() == order.filledUnits() && broker.get().state() == order.state()) {
            return false;
        }
        StrategyDefinition definition = followed.get(order.strategyId());
        Order adopted = adopt.adopt(
                order.clientOrderId(), broker.get(), gateway.fills(order.clientOrderId()), definition, null);
        log.info(
                "Order {} is {} with {} of {} units filled",
                adopted.clientOrderId(),
                adopted.state(),
                adopted.filledUnits(),
                adopted.units());
        return true;
    }

    private List<Order> working() {
        List<Order> working = new ArrayList<>();
        for (OrderState state : WORKING) {
            books.orders().find(null, state).reversed().stream()
                    .filter(order -> followed.containsKey(order.strategyId()))
                    .forEach(working::add);
        }
        return working;
    }
}
