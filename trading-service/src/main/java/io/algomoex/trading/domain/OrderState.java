package io.algomoex.trading.domain;

/** Where an order stands. NEW is persisted before the broker hears of it; FILLED, REJECTED and CANCELLED are final. */
public enum OrderState {
    NEW,
    SUBMITTED,
    PARTIALLY_FILLED,
    FILLED,
    REJECTED,
    CANCELLED;

    public boolean isFinal() {
        return this == FILLED || this == REJECTED || this == CANCELLED;
    }
}
