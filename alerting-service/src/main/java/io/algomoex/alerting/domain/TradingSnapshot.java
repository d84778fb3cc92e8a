package io.algomoex.alerting.domain;

import java.util.List;
import java.util.Objects;

/**
 * What trading-service reports about itself ({@code GET /api/v1/status}).
 *
 * @param mode paper, sandbox or live
 * @param accountHalted whether the whole account takes no new orders
 * @param strategies the configured strategies
 */
public record TradingSnapshot(String mode, boolean accountHalted, List<StrategyState> strategies) {

    public TradingSnapshot {
        Objects.requireNonNull(mode, "mode is required");
        strategies = List.copyOf(strategies);
    }

    /**
     * @param id strategy id
     * @param instrument for example {@code SBER@TQBR}
     * @param timeframe written timeframe
     * @param strategy strategy name
     * @param broker broker gateway
     * @param halted whether it takes no new orders
     * @param haltReason why, or {@code null}
     */
    public record StrategyState(
            String id,
            String instrument,
            String timeframe,
            String strategy,
            String broker,
            boolean halted,
            String haltReason) {

        public StrategyState {
            Objects.requireNonNull(id, "id is required");
        }
    }
}
