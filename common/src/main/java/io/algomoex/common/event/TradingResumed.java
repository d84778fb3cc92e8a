package io.algomoex.common.event;

/**
 * Trading takes new orders again.
 *
 * @param strategyId the resumed strategy, or {@code null} for the whole account
 */
public record TradingResumed(String strategyId) implements EventPayload {

    @Override
    public EventType type() {
        return EventType.TRADING_RESUMED;
    }
}
