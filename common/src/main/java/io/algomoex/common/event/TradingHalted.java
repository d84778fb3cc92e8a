package io.algomoex.common.event;

import java.util.Objects;

/**
 * Trading stopped taking new orders, for one strategy or for all.
 *
 * @param strategyId the halted strategy, or {@code null} when the whole account is halted
 * @param reason why, for example {@code max-daily-loss} or {@code operator}
 */
public record TradingHalted(String strategyId, String reason) implements EventPayload {

    public TradingHalted {
        Objects.requireNonNull(reason, "reason is required");
    }

    @Override
    public EventType type() {
        return EventType.TRADING_HALTED;
    }
}
