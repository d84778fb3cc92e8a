package io.algomoex.common.event;

import java.util.Objects;

/**
 * Command to trading-service: stop placing new orders (cancels stay allowed).
 *
 * @param strategyId the strategy to halt, or {@code null} for all
 * @param requestedBy who asked, for example {@code telegram:123456} or {@code rest}
 */
public record HaltTrading(String strategyId, String requestedBy) implements EventPayload {

    public HaltTrading {
        Objects.requireNonNull(requestedBy, "requestedBy is required");
    }

    @Override
    public EventType type() {
        return EventType.HALT_TRADING;
    }
}
