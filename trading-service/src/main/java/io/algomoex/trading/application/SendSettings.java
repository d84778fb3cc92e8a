package io.algomoex.trading.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How an order send that failed for a retryable reason is retried.
 *
 * @param deadline how long after the first attempt the same request may still be sent again; zero sends once
 * @param firstBackoff wait after the first failure; it doubles after each further one
 * @param maxBackoff the longest wait between two attempts (a broker's 429 asking for longer is obeyed)
 */
public record SendSettings(Duration deadline, Duration firstBackoff, Duration maxBackoff) {

    public SendSettings {
        Objects.requireNonNull(deadline, "deadline is required");
        Objects.requireNonNull(firstBackoff, "firstBackoff is required");
        Objects.requireNonNull(maxBackoff, "maxBackoff is required");
        if (deadline.isNegative() || firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("send settings need deadline >= 0 and 0 <= first backoff <= max"
                    + " backoff, got " + deadline + ", " + firstBackoff + ", " + maxBackoff);
        }
    }

    /** One attempt, no retries: the behaviour before retries existed. */
    public static SendSettings once() {
        return new SendSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
}
