package io.algomoex.trading.adapter.out.broker.paper;

import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.OrderState;
import java.time.Instant;
import java.util.Objects;

/**
 * An order the paper broker accepted.
 *
 * @param request the order as it was submitted
 * @param state SUBMITTED, PARTIALLY_FILLED, FILLED or CANCELLED
 * @param filledUnits units filled so far
 * @param reason why it was cancelled, or {@code null}
 * @param acceptedAt when the paper broker accepted it, UTC
 */
public record PaperOrder(OrderRequest request, OrderState state, long filledUnits, String reason, Instant acceptedAt) {

    public PaperOrder {
        Objects.requireNonNull(request, "request is required");
        Objects.requireNonNull(state, "state is required");
        Objects.requireNonNull(acceptedAt, "acceptedAt is required");
        if (state == OrderState.NEW || state == OrderState.REJECTED) {
            throw new IllegalArgumentException("a paper order is never " + state);
        }
        if (filledUnits < 0 || filledUnits > request.units()) {
            throw new IllegalArgumentException("filled units must be between 0 and " + request.units());
        }
    }

    static PaperOrder accepted(OrderRequest request, Instant at) {
        return new PaperOrder(request, OrderState.SUBMITTED, 0, null, at);
    }

    public String clientOrderId() {
        return request.clientOrderId();
    }

    boolean isOpen() {
        return state == OrderState.SUBMITTED || state == OrderState.PARTIALLY_FILLED;
    }

    long remainingUnits() {
        return request.units() - filledUnits;
    }

    PaperOrder withFill(long units) {
        long filled = filledUnits + units;
        OrderState next = filled == request.units() ? OrderState.FILLED : OrderState.PARTIALLY_FILLED;
        return new PaperOrder(request, next, filled, null, acceptedAt);
    }

    PaperOrder cancelled(String why) {
        return new PaperOrder(request, OrderState.CANCELLED, filledUnits, why, acceptedAt);
    }

    BrokerOrder view() {
        return new BrokerOrder(request.clientOrderId(), state, filledUnits, reason);
    }
}
