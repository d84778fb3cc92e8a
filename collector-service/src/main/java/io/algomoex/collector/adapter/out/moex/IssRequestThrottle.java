package io.algomoex.collector.adapter.out.moex;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The one gate every ISS request of every job passes: a Bucket4j token bucket and a cap on requests in flight. The
 * bucket holds a single token refilled greedily at the configured rate, so requests are spaced evenly and no
 * one-second window ever sees more than the rate (a full-size bucket would allow a burst of twice the rate across a
 * window boundary).
 */
final class IssRequestThrottle {

    private final Bucket bucket;
    private final Semaphore inFlight;
    private final Counter waits;

    IssRequestThrottle(int requestsPerSecond, int maxInFlight, MeterRegistry meters) {
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(1)
                        .refillGreedy(requestsPerSecond, Duration.ofSeconds(1))
                        .build())
                .build();
        this.inFlight = new Semaphore(maxInFlight, true);
        this.waits = Counter.builder("collector.ratelimiter.waits")
                .description("ISS requests that had to wait for the rate limiter")
                .tag("source", "moex-iss")
                .register(meters);
    }

    <T> T call(Supplier<T> request) throws InterruptedException {
        inFlight.acquire();
        try {
            if (!bucket.tryConsume(1)) {
                waits.increment();
                bucket.asBlocking().consume(1);
            }
            return request.get();
        } finally {
            inFlight.release();
        }
    }
}
