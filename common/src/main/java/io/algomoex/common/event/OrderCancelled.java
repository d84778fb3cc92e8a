package io.algomoex.common.event;

import io.algomoex.common.market.Side;

/**
 * An order was cancelled before it filled in full: at our request (REST, Telegram, reconciliation of an order not
 * sent in time) or by the broker (published as {@code trading.order.cancelled}). Fills it had before stay booked.
 *
 * @param clientOrderId our id of the order intent
 * @param strategyId the strategy that placed it
 * @param secid security code
 * @param board trading board
 * @param side buy or sell
 * @param lots requested size in lots, at least 1
 * @param reason who cancelled it and why (the requester, or the broker's message); never blank
 */
public record OrderCancelled(
        String clientOrderId, String strategyId, String secid, String board, Side side, long lots, String reason)
        implements EventPayload {

    public OrderCancelled {
        OrderFields.check(clientOrderId, strategyId, secid, board, side, lots);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
    }

    @Override
    public EventType type() {
        return EventType.ORDER_CANCELLED;
    }
}
