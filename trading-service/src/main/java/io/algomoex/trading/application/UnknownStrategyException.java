package io.algomoex.trading.application;

/** A halt or resume named a strategy that is not configured; nothing was changed. */
public class UnknownStrategyException extends IllegalArgumentException {

    public UnknownStrategyException(String strategyId) {
        super("unknown strategy '" + strategyId + "'; configured strategies are listed at /api/v1/strategies");
    }
}
