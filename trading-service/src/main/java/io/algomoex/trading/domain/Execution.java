package io.algomoex.trading.domain;

import io.algomoex.common.market.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A fill the broker reported for one of our orders.
 *
 * @param clientOrderId the order it fills
 * @param side buy or sell
 * @param units units filled, at least 1
 * @param price price per unit, positive
 * @param commission commission charged for this fill, zero or more
 * @param executedAt when it executed, UTC
 */
public record Execution(
        String clientOrderId, Side side, long units, BigDecimal price, BigDecimal commission, Instant executedAt) {

    public Execution {
        Objects.requireNonNull(clientOrderId, "clientOrderId is required");
        Objects.requireNonNull(side, "side is required");
        Objects.requireNonNull(executedAt, "executedAt is required");
        if (units < 1) {
            throw new IllegalArgumentException("an execution fills at least one unit, got " + units);
        }
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, got " + price);
        }
        if (commission == null || commission.signum() < 0) {
            throw new IllegalArgumentException("commission must not be negative, got " + commission);
        }
    }
}
