package io.algomoex.trading.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How often {@code trading.pnl.updated} goes out, mapped from {@code algo.trading.pnl-updates}.
 *
 * @param minInterval least time between two published P&amp;L events of one strategy; zero publishes every change
 */
public record PnlUpdateSettings(Duration minInterval) {

    public PnlUpdateSettings {
        Objects.requireNonNull(minInterval, "minInterval is required");
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must not be negative, got " + minInterval);
        }
    }
}
