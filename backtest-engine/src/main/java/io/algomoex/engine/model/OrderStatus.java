package io.algomoex.engine.model;

/** How an order ended. */
public enum OrderStatus {
    /** Filled in full. */
    COMPLETED,
    /** Refused; the order's reason says why (Backtrader calls a failed cash check "Margin"). */
    REJECTED,
    /** Made on the last bar; there was no next bar to fill it. */
    UNFILLED
}
