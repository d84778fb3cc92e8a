package io.algomoex.common.event;

import java.util.Objects;

/**
 * Command to trading-service: take new orders again.
 *
 * @param strategyId the strategy to resume, or {@code null} for all
 * @param requestedBy who asked
 */
public record ResumeTrading(String strategyId, String requestedBy) implements EventPayload {

    public ResumeTrading {
        Objects.requireNonNull(requestedBy, "requestedBy is required");
    }

    @Override
    public EventType type() {
        return EventType.RESUME_TRADING;
    }
}
