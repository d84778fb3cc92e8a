package io.algomoex.trading.application;

import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders in memory, with every transition kept in order as the JDBC store keeps them in trading.order_events. */
class InMemoryOrderStore implements OrderStore {

    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final List<Order> transitions = new ArrayList<>();

    @Override
    public boolean create(Order order, Instant at) {
        if (orders.putIfAbsent(order.clientOrderId(), order) != null) {
            return false;
        }
        transitions.add(order);
        return true;
    }

    @Override
    public void update(Order order, Instant at) {
        if (orders.replace(order.clientOrderId(), order) == null) {
            throw new IllegalStateException("order " + order.clientOrderId() + " is not stored");
        }
        transitions.add(order);
    }

    @Override
    public Optional<Order> find(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId));
    }

    @Override
    public List<Order> find(String strategyId, OrderState state) {
        return orders.values().stream()
                .filter(order -> strategyId == null || order.strategyId().equals(strategyId))
                .filter(order -> state == null || order.state() == state)
                .sorted(Comparator.comparing(Order::createdAt).reversed())
                .toList();
    }

    @Override
    public List<Order> find(String strategyId, OrderState state, int limit, long offset) {
        return find(strategyId, state).stream().skip(offset).limit(limit).toList();
    }

    /** Every order in creation order. */
    List<Order> all() {
        return List.copyOf(orders.values());
    }

    /** The states one order went through. */
    List<OrderState> statesOf(String clientOrderId) {
        return transitions.stream()
                .filter(order -> order.clientOrderId().equals(clientOrderId))
                .map(Order::state)
                .toList();
    }
}
