package io.algomoex.common.event;

import io.algomoex.common.market.Side;

/**
 * An order was refused, by our risk checks or by the broker (published as {@code trading.order.rejected}).
 *
 * @param clientOrderId our id of the order intent
 * @param strategyId the strategy that placed it
 * @param secid security code
 * @param board trading board
 * @param side buy or sell
 * @param lots requested size in lots, at least 1
 * @param reason why, in the words of whoever refused it (the broker's message or the risk rule); never blank
 */
public record OrderRejected(
        String clientOrderId, String strategyId, String secid, String board, Side side, long lots, String reason)
        implements EventPayload {

    public OrderRejected {
        OrderFields.check(clientOrderId, strategyId, secid, board, side, lots);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
    }

    @Override
    public EventType type() {
        return EventType.ORDER_REJECTED;
    }
}
