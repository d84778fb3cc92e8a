package io.algomoex.trading.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * The broker refused the call because of its request limits (HTTP 429); the call may be repeated after
 * {@link #retryAfter()}. Like every {@link BrokerUnavailableException} it leaves an order's fate unknown, never failed.
 */
public class BrokerRateLimitedException extends BrokerUnavailableException {

    private final Duration retryAfter;

    /** @param retryAfter how long the broker asked us to wait, zero or more */
    public BrokerRateLimitedException(String message, Duration retryAfter) {
        super(message, null);
        Objects.requireNonNull(retryAfter, "retryAfter is required");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retry-after must not be negative, got " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
