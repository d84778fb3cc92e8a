package io.algomoex.trading.application.port;

import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Orders and the history of their states ({@code trading.orders}, {@code trading.order_events}). */
public interface OrderStore {

    /**
     * Stores a new order and its first state; false, storing nothing, when an order with its client order id exists
     * (the same signal seen again).
     */
    boolean create(Order order, Instant at);

    /** Stores the order's new state and records the transition. */
    void update(Order order, Instant at);

    Optional<Order> find(String clientOrderId);

    /** Orders newest first, filtered by strategy and state when those are given (null means any). */
    List<Order> find(String strategyId, OrderState state);

    /** At most {@code limit} orders newest first after skipping {@code offset}, filtered as {@link #find(String, OrderState)}. */
    List<Order> find(String strategyId, OrderState state, int limit, long offset);
}
