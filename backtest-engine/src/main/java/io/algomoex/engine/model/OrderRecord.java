package io.algomoex.engine.model;

import io.algomoex.common.market.Side;
import java.time.Instant;
import java.util.Objects;

/**
 * One order of a run.
 *
 * @param signalTime start of the bar whose close produced the signal
 * @param time when it filled or was refused: the next bar's start, or the signal bar's for close fills and for orders
 *     refused or left unfilled at creation
 * @param side buy or sell
 * @param size units, positive (zero only for an order refused because it rounds to zero lots)
 * @param price fill price; for refused and unfilled orders the price the order was checked at
 * @param commission commission paid, zero unless filled
 * @param status how it ended
 * @param reason why it was refused or not filled, {@code null} when completed
 */
public record OrderRecord(
        Instant signalTime,
        Instant time,
        Side side,
        double size,
        double price,
        double commission,
        OrderStatus status,
        String reason) {

    public OrderRecord {
        Objects.requireNonNull(signalTime, "signal time is required");
        Objects.requireNonNull(time, "time is required");
        Objects.requireNonNull(side, "side is required");
        Objects.requireNonNull(status, "status is required");
        if (!(size >= 0)) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
        if ((status == OrderStatus.COMPLETED) != (reason == null)) {
            throw new IllegalArgumentException("a reason is given exactly when the order did not complete");
        }
    }
}
