package io.algomoex.backtest.domain;

import static io.algomoex.backtest.domain.InvalidBacktestRequestException.require;

import java.util.Objects;

/**
 * A backtest to run over stored candles.
 *
 * @param setup the market, range, strategy name and account
 * @param fast fast SMA period, at least 1 and below {@code slow}
 * @param slow slow SMA period
 */
public record BacktestRequest(BacktestSetup setup, int fast, int slow) {

    public BacktestRequest {
        Objects.requireNonNull(setup, "setup is required");
        require(fast >= 1, "params.fast", "must be at least 1, got " + fast);
        require(fast < slow, "params.fast", "must be below params.slow, got fast " + fast + " and slow " + slow);
    }
}
