package io.algomoex.common.event;

import io.algomoex.common.market.Side;
import java.math.BigDecimal;

/**
 * trading-service sent an order to its broker (published as {@code trading.order.submitted}).
 *
 * @param clientOrderId our id of the order intent, persisted before sending and used as the broker's idempotency key
 * @param strategyId the strategy that placed it
 * @param secid security code
 * @param board trading board
 * @param side buy or sell
 * @param lots order size in lots, at least 1
 * @param limitPrice limit price in roubles, or {@code null} for a market order
 */
public record OrderSubmitted(
        String clientOrderId,
        String strategyId,
        String secid,
        String board,
        Side side,
        long lots,
        BigDecimal limitPrice)
        implements EventPayload {

    public OrderSubmitted {
        OrderFields.check(clientOrderId, strategyId, secid, board, side, lots);
        if (limitPrice != null && limitPrice.signum() <= 0) {
            throw new IllegalArgumentException("limitPrice must be positive, got " + limitPrice);
        }
    }

    @Override
    public EventType type() {
        return EventType.ORDER_SUBMITTED;
    }
}
