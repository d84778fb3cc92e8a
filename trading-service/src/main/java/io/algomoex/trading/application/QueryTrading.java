package io.algomoex.trading.application;

import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.application.port.PositionStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;

/** Read-only views of orders and positions for the REST API. */
@Service
public class QueryTrading {

    private final OrderStore orders;
    private final PositionStore positions;
    private final TradingSettings settings;
    private final OrderPageSettings paging;

    QueryTrading(OrderStore orders, PositionStore positions, TradingSettings settings, OrderPageSettings paging) {
        this.orders = orders;
        this.positions = positions;
        this.settings = settings;
        this.paging = paging;
    }

    /**
     * One page of orders, newest first.
     *
     * @param strategyId only this strategy's, or {@code null} for all
     * @param state only in this state, or {@code null} for any
     * @param limit orders on the page, 1 to the configured maximum; {@code null} takes the default
     * @param offset orders skipped, zero or more
     * @throws IllegalArgumentException for a strategy that is not configured, or a limit or offset out of range
     */
    public OrderPage orders(String strategyId, OrderState state, Integer limit, long offset) {
        if (strategyId != null
                && settings.strategies().stream()
                        .noneMatch(strategy -> strategy.id().equals(strategyId))) {
            throw new IllegalArgumentException("no strategy '" + strategyId + "' is configured");
        }
        int size = limit == null ? paging.defaultLimit() : limit;
        if (size < 1 || size > paging.maxLimit()) {
            throw new IllegalArgumentException("limit must be between 1 and " + paging.maxLimit() + ", got " + size);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more, got " + offset);
        }
        // One more than asked tells whether a next page exists without counting the table.
        List<Order> found = orders.find(strategyId, state, size + 1, offset);
        if (found.size() > size) {
            return new OrderPage(found.subList(0, size), OptionalLong.of(offset + size));
        }
        return new OrderPage(found, OptionalLong.empty());
    }

    /** The position and P&amp;L of every strategy that has one. */
    public List<Position> positions() {
        return positions.all();
    }
}
