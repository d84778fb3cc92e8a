package io.algomoex.trading.application;

import io.algomoex.service.outbox.EventOutbox;
import io.algomoex.trading.application.port.CandleProgressStore;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.application.port.PositionStore;
import io.algomoex.trading.application.port.Transactions;
import java.util.Objects;

/**
 * The stores one closed candle writes to, and the transactions that keep them consistent with each other.
 *
 * @param orders orders and their state history
 * @param positions positions and P&amp;L
 * @param progress the last candle of each strategy
 * @param outbox events to publish
 * @param transactions one commit for a state change and its events
 */
public record TradingBooks(
        OrderStore orders,
        PositionStore positions,
        CandleProgressStore progress,
        EventOutbox outbox,
        Transactions transactions) {

    public TradingBooks {
        Objects.requireNonNull(orders, "orders are required");
        Objects.requireNonNull(positions, "positions are required");
        Objects.requireNonNull(progress, "progress is required");
        Objects.requireNonNull(outbox, "outbox is required");
        Objects.requireNonNull(transactions, "transactions are required");
    }
}
