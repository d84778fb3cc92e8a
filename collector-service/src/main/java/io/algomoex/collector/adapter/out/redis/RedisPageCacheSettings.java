package io.algomoex.collector.adapter.out.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * @param pauseAfterFailure how long to go without Redis after a failed call
 */
public record RedisPageCacheSettings(Duration pauseAfterFailure) {

    public RedisPageCacheSettings {
        Objects.requireNonNull(pauseAfterFailure, "pauseAfterFailure is required");
    }
}
