package io.algomoex.trading.application.port;

import io.algomoex.trading.domain.OrderState;
import java.util.Objects;

/**
 * An order as the broker sees it.
 *
 * @param clientOrderId our id
 * @param state the broker's state of it: SUBMITTED, PARTIALLY_FILLED, FILLED, REJECTED or CANCELLED (never NEW)
 * @param filledUnits units filled so far
 * @param reason the broker's reason for a rejection or cancellation, or {@code null}
 */
public record BrokerOrder(String clientOrderId, OrderState state, long filledUnits, String reason) {

    public BrokerOrder {
        Objects.requireNonNull(clientOrderId, "clientOrderId is required");
        Objects.requireNonNull(state, "state is required");
        if (state == OrderState.NEW) {
            throw new IllegalArgumentException("a broker order is at least submitted");
        }
        if (filledUnits < 0) {
            throw new IllegalArgumentException("filled units must not be negative");
        }
    }

    /** Whether the broker still works it. */
    public boolean isOpen() {
        return !state.isFinal();
    }
}
