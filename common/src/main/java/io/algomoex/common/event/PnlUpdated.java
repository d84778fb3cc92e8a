package io.algomoex.common.event;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A strategy's profit and loss changed (published as {@code trading.pnl.updated}).
 *
 * @param strategyId the strategy
 * @param today P&amp;L since the start of today's Moscow trading day in roubles, realised plus unrealised; negative is
 *     a loss
 * @param total P&amp;L since the strategy started trading in roubles, realised plus unrealised
 * @param drawdown current drawdown from the equity peak as a fraction, from 0 (at the peak) to 1 (everything lost)
 */
public record PnlUpdated(String strategyId, BigDecimal today, BigDecimal total, BigDecimal drawdown)
        implements EventPayload {

    public PnlUpdated {
        Objects.requireNonNull(strategyId, "strategyId is required");
        Objects.requireNonNull(today, "today is required");
        Objects.requireNonNull(total, "total is required");
        Objects.requireNonNull(drawdown, "drawdown is required");
        if (drawdown.signum() < 0 || drawdown.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("drawdown must be a fraction between 0 and 1, got " + drawdown);
        }
    }

    @Override
    public EventType type() {
        return EventType.PNL_UPDATED;
    }
}
