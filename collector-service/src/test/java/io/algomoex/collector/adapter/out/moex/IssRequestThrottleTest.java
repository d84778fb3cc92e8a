package io.algomoex.collector.adapter.out.moex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IssRequestThrottleTest {

    @Test
    void noMoreThanTheConfiguredNumberOfRequestsAreEverInFlight() throws Exception {
        // A rate high enough that only the in-flight cap can hold callers back.
        IssRequestThrottle throttle = new IssRequestThrottle(1_000, 2, new SimpleMeterRegistry());
        AtomicInteger active = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        CountDownLatch twoInside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        int callers = 6;
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> throttle.call(() -> {
                    highest.accumulateAndGet(active.incrementAndGet(), Math::max);
                    twoInside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    active.decrementAndGet();
                    return completed.incrementAndGet();
                })));
            }
            assertThat(twoInside.await(10, TimeUnit.SECONDS)).isTrue();
            // Four more callers are waiting: none of them may slip past the cap while the two inside hold on.
            await().during(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> active.get() == 2 && completed.get() == 0);

            release.countDown();
            for (Future<Integer> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(completed.get()).isEqualTo(callers);
        assertThat(highest.get()).isEqualTo(2);
    }

    @Test
    void aFailingRequestGivesItsSlotBack() throws Exception {
        IssRequestThrottle throttle = new IssRequestThrottle(1_000, 1, new SimpleMeterRegistry());
        for (int i = 0; i < 3; i++) {
            try {
                throttle.call(() -> {
                    throw new IllegalStateException("ISS answered 500");
                });
            } catch (IllegalStateException expected) {
                // the slot must be released all the same
            }
        }
        assertThat(throttle.call(() -> "still usable")).isEqualTo("still usable");
    }
}
