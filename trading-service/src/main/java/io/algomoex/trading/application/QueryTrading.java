package io.algomoex.trading.application;

import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.application.port.PositionStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import java.util.List;
import org.springframework.stereotype.Service;

/** Read-only views of orders and positions for the REST API. */
@Service
public class QueryTrading {

    private final OrderStore orders;
    private final PositionStore positions;
    private final TradingSettings settings;

    QueryTrading(OrderStore orders, PositionStore positions, TradingSettings settings) {
        this.orders = orders;
        this.positions = positions;
        this.settings = settings;
    }

    /**
     * Orders newest first.
     *
     * @param strategyId only this strategy's, or {@code null} for all
     * @param state only in this state, or {@code null} for any
     * @throws IllegalArgumentException for a strategy that is not configured
     */
    public List<Order> orders(String strategyId, OrderState state) {
        if (strategyId != null
                && settings.strategies().stream()
                        .noneMatch(strategy -> strategy.id().equals(strategyId))) {
            throw new IllegalArgumentException("no strategy '" + strategyId + "' is configured");
        }
        return orders.find(strategyId, state);
    }

    /** The position and P&amp;L of every strategy that has one. */
    public List<Position> positions() {
        return positions.all();
    }
}
