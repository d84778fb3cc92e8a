package io.algomoex.common.strategy;

import io.algomoex.common.market.Candle;
import java.time.Instant;
import java.util.Objects;

/**
 * An immutable {@link Bar}, for live trading and tests that feed a strategy one candle at a time.
 *
 * @param begin start of the candle in UTC
 * @param open first trade price, finite and positive
 * @param high highest trade price, finite and positive
 * @param low lowest trade price, finite and positive
 * @param close last trade price, finite and positive
 * @param volume traded volume in units, finite and not negative
 */
public record ClosedBar(Instant begin, double open, double high, double low, double close, double volume)
        implements Bar {

    public ClosedBar {
        Objects.requireNonNull(begin, "begin is required");
        requirePositive(open, "open");
        requirePositive(high, "high");
        requirePositive(low, "low");
        requirePositive(close, "close");
        if (!Double.isFinite(volume) || volume < 0) {
            throw new IllegalArgumentException("volume must be finite and not negative, got " + volume);
        }
    }

    /**
     * The bar of a stored candle. Prices become the nearest {@code double}, which is what Backtrader reads from the
     * same decimal text.
     */
    public static ClosedBar of(Candle candle) {
        return new ClosedBar(
                candle.begin(),
                candle.open().value().doubleValue(),
                candle.high().value().doubleValue(),
                candle.low().value().doubleValue(),
                candle.close().value().doubleValue(),
                candle.volume());
    }

    private static void requirePositive(double price, String name) {
        if (!Double.isFinite(price) || price <= 0) {
            throw new IllegalArgumentException(name + " must be finite and positive, got " + price);
        }
    }
}
