package io.algomoex.collector.adapter.out.redis;

import io.algomoex.collector.application.port.PageCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Vendor responses in Redis under {@code algo:collector:page:<url>}. Any Redis failure is a miss; after one, Redis is
 * left alone for a while, so a dead Redis costs one short timeout per pause instead of one per request.
 */
@Component
class RedisPageCache implements PageCache {

    private static final Logger log = LoggerFactory.getLogger(RedisPageCache.class);
    private static final String PREFIX = "algo:collector:page:";

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration pauseAfterFailure;
    private final Counter hits;
    private final Counter misses;
    private final Counter errors;
    private volatile Instant retryAt = Instant.MIN;

    RedisPageCache(StringRedisTemplate redis, Clock clock, RedisPageCacheSettings settings, MeterRegistry meters) {
        this.redis = redis;
        this.clock = clock;
        this.pauseAfterFailure = settings.pauseAfterFailure();
        this.hits = counter(meters, "hit");
        this.misses = counter(meters, "miss");
        this.errors = counter(meters, "error");
    }

    @Override
    public Optional<String> get(String url) {
        if (unavailable()) {
            misses.increment();
            return Optional.empty();
        }
        try {
            Optional<String> cached = Optional.ofNullable(redis.opsForValue().get(PREFIX + url));
            (cached.isPresent() ? hits : misses).increment();
            return cached;
        } catch (RuntimeException e) {
            failed(e);
            misses.increment();
            return Optional.empty();
        }
    }

    @Override
    public void put(String url, String body, Duration timeToLive) {
        if (unavailable() || timeToLive.isZero() || timeToLive.isNegative()) {
            return;
        }
        try {
            redis.opsForValue().set(PREFIX + url, body, timeToLive);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private boolean unavailable() {
        return clock.instant().isBefore(retryAt);
    }

    private void failed(RuntimeException e) {
        errors.increment();
        retryAt = clock.instant().plus(pauseAfterFailure);
        log.warn("Redis page cache unavailable, going without it for {}: {}", pauseAfterFailure, e.getMessage());
    }

    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder("collector.cache.requests")
                .description("Vendor response cache lookups by result")
                .tag("result", result)
                .register(meters);
    }
}
