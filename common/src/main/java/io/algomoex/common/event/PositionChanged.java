package io.algomoex.common.event;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A strategy's position in one instrument changed (published as {@code trading.position.changed}).
 *
 * @param strategyId the strategy
 * @param secid security code
 * @param board trading board
 * @param lots the position after the change in lots: positive long, negative short, zero flat
 * @param averagePrice average entry price in roubles per unit, or {@code null} when flat
 */
public record PositionChanged(String strategyId, String secid, String board, long lots, BigDecimal averagePrice)
        implements EventPayload {

    public PositionChanged {
        Objects.requireNonNull(strategyId, "strategyId is required");
        Objects.requireNonNull(secid, "secid is required");
        Objects.requireNonNull(board, "board is required");
        if (lots != 0 && averagePrice == null) {
            throw new IllegalArgumentException("averagePrice is required for an open position");
        }
        if (averagePrice != null && averagePrice.signum() <= 0) {
            throw new IllegalArgumentException("averagePrice must be positive, got " + averagePrice);
        }
    }

    @Override
    public EventType type() {
        return EventType.POSITION_CHANGED;
    }
}
