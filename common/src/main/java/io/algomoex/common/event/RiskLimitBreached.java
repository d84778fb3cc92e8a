package io.algomoex.common.event;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A risk limit was breached; trading-service halts the affected scope and publishes {@code trading.halted} as well
 * (this event is published as {@code trading.risk.breached}).
 *
 * @param strategyId the strategy whose limit was breached, or {@code null} for an account-wide limit
 * @param limit the limit's name, for example {@code max-daily-loss}, {@code max-drawdown}, {@code max-position}
 * @param value the value that breached it, in the limit's unit (roubles for losses, lots for positions, a fraction
 *     for drawdown)
 * @param threshold the configured limit, in the same unit
 */
public record RiskLimitBreached(String strategyId, String limit, BigDecimal value, BigDecimal threshold)
        implements EventPayload {

    public RiskLimitBreached {
        if (limit == null || limit.isBlank()) {
            throw new IllegalArgumentException("limit is required");
        }
        Objects.requireNonNull(value, "value is required");
        Objects.requireNonNull(threshold, "threshold is required");
    }

    @Override
    public EventType type() {
        return EventType.RISK_BREACHED;
    }
}
