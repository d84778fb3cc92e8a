package io.algomoex.alerting.application;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How alerts are aggregated and delivered.
 *
 * @param chats the chats every alert goes to
 * @param aggregationWindow alerts of one key inside this window become one message with a count
 * @param initialBackoff wait after the first retryable failure; doubles with each attempt
 * @param maxBackoff the longest wait between attempts
 * @param claimLease how long an attempt may take before another one may start (a crash mid-attempt)
 */
public record DeliverySettings(
        List<Long> chats,
        Duration aggregationWindow,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration claimLease) {

    public DeliverySettings {
        chats = List.copyOf(chats);
        Objects.requireNonNull(aggregationWindow, "aggregationWindow is required");
        Objects.requireNonNull(initialBackoff, "initialBackoff is required");
        Objects.requireNonNull(maxBackoff, "maxBackoff is required");
        Objects.requireNonNull(claimLease, "claimLease is required");
        if (aggregationWindow.isNegative() || initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("aggregationWindow must not be negative and initialBackoff positive");
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be at least initialBackoff");
        }
    }

    /** The wait before attempt {@code attempt + 1}: initial × 2^(attempt-1), at most the maximum. */
    public Duration backoffAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
