package io.algomoex.collector.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How a candle source retries a request that failed transiently (see {@link SourceRetryPolicy}).
 *
 * @param deadline how long one request may keep failing, counted from its first failure, before the job fails
 * @param backoffBase delay before the first retry; doubled for each further one, with jitter
 * @param backoffMax longest delay between two attempts (a {@code Retry-After} from the source may ask for more)
 */
public record RetrySettings(Duration deadline, Duration backoffBase, Duration backoffMax) {

    public RetrySettings {
        Objects.requireNonNull(deadline, "deadline is required");
        Objects.requireNonNull(backoffBase, "backoffBase is required");
        Objects.requireNonNull(backoffMax, "backoffMax is required");
        if (deadline.isNegative() || backoffBase.isNegative() || backoffMax.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("retry deadline and back-off must not be negative, and backoffMax "
                    + backoffMax + " must not be below backoffBase " + backoffBase);
        }
    }
}
