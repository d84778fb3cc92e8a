package io.algomoex.common.event;

import io.algomoex.common.market.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An order was filled, fully or in part (published as {@code trading.order.filled}); one event per fill.
 *
 * @param clientOrderId our id of the order intent
 * @param strategyId the strategy that placed it
 * @param secid security code
 * @param board trading board
 * @param side buy or sell
 * @param lots lots filled by this fill, at least 1
 * @param price fill price in roubles per unit, positive
 * @param commission commission charged for this fill in roubles, zero or more
 * @param filledAt when the broker executed it, UTC
 */
public record OrderFilled(
        String clientOrderId,
        String strategyId,
        String secid,
        String board,
        Side side,
        long lots,
        BigDecimal price,
        BigDecimal commission,
        Instant filledAt)
        implements EventPayload {

    public OrderFilled {
        OrderFields.check(clientOrderId, strategyId, secid, board, side, lots);
        Objects.requireNonNull(price, "price is required");
        Objects.requireNonNull(commission, "commission is required");
        Objects.requireNonNull(filledAt, "filledAt is required");
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, got " + price);
        }
        if (commission.signum() < 0) {
            throw new IllegalArgumentException("commission must not be negative, got " + commission);
        }
    }

    @Override
    public EventType type() {
        return EventType.ORDER_FILLED;
    }
}
