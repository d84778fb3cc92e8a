package io.algomoex.trading.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the service is doing now.
 *
 * @param mode paper, sandbox or live
 * @param accountHalted whether the whole account is halted
 * @param strategies each configured strategy and whether it is halted
 */
public record TradingStatus(TradingMode mode, boolean accountHalted, List<StrategyStatus> strategies) {

    public TradingStatus {
        Objects.requireNonNull(mode, "mode is required");
        strategies = List.copyOf(strategies);
    }

    /**
     * @param definition the configured strategy
     * @param halted whether it takes no new orders, by its own halt or the account's
     * @param haltReason why, or {@code null} when not halted
     * @param lastCandle start (UTC) of the last closed candle it acted on, or {@code null} before the first
     */
    public record StrategyStatus(
            StrategyDefinition definition, boolean halted, String haltReason, Instant lastCandle) {}
}
