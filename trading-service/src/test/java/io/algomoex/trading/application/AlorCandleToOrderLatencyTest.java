package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.trading.adapter.out.broker.alor.AlorConnection;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlor;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlorSocket;
import io.algomoex.trading.application.TakeStreamedCandlesTest.InMemoryCandleStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The latency command of the Alor issue, run on demand only ({@code -Dalgo.bench.bars=N}): from the moment the fake
 * Alor pushes the bar that closes the previous one on {@code /ws} to the moment the order request has arrived at the
 * fake, through the real bar stream, loop, send policy and REST client. A fast 1 / slow 2 SMA cross on a zigzag
 * series orders on every bar; each order is filled between two bars, outside the measured window. Prints p50, p99
 * and max over the last four fifths (the first fifth warms up); it asserts only that every bar produced one order
 * request.
 */
class AlorCandleToOrderLatencyTest {

    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    @Test
    void measuresClosedBarToOrderRequestAtTheFake() {
        String configured = System.getProperty("algo.bench.bars");
        assumeTrue(configured != null, "latency command: run with -Dalgo.bench.bars=1000");
        int bars = Integer.parseInt(configured);
        MutableClock clock = new MutableClock(START);
        try (FakeAlor fake = new FakeAlor(clock);
                AlorConnection alor =
                        new AlorConnection(fake.settings(), new SimpleMeterRegistry(), clock, Map.of("SBER", "TQBR"))) {
            RetryingBrokerGateway gateway = new RetryingBrokerGateway(
                    alor.gateway(),
                    new SendSettings(Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(1)),
                    clock::advance,
                    clock);
            LiveLoopFixture live = new LiveLoopFixture(1, 2, 1, 10, gateway, new BigDecimal("1000000"), "alor", true)
                    .withPnlUpdates(Duration.ofHours(1), clock);
            FollowBrokerOrders follow = LiveLoopFixture.follow(
                    live.settings(),
                    new AccountSettings(new BigDecimal("1000000")),
                    gateway,
                    live.books(),
                    live.metrics,
                    clock);
            TakeStreamedCandles take = new TakeStreamedCandles(
                    live.settings(), List.of(alor.stream()), live.loop, new InMemoryCandleStore(), live.books());
            take.start();
            await().until(fake.socket::connected);

            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < bars; i++) {
                BigDecimal close = new BigDecimal(i % 2 == 0 ? "250.00" : "251.00");
                int ordersBefore = fake.orderArrivals.size();
                long pushed = System.nanoTime();
                fake.socket.push(new FakeAlorSocket.Bar(
                        START.plus(Duration.ofMinutes(i)).getEpochSecond(), close, close, close, close, 100));
                int closedSoFar = i;
                await().atMost(Duration.ofSeconds(10))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(1))
                        .until(() -> live.outbox.appended(CandleClosed.class).size() == closedSoFar);
                if (fake.orderArrivals.size() > ordersBefore) {
                    latencies.add(fake.orderArrivals.get(ordersBefore) - pushed);
                    fake.fillWorking(close, new BigDecimal("0.0005"), START.plus(Duration.ofMinutes(i)));
                    live.loop.exclusively(follow::follow);
                }
            }
            take.stop();
            assertThat(latencies.size())
                    .as("an order on every closed bar after warm-up")
                    .isGreaterThan(bars - 5);
            // The first fifth warms the JIT and the connection up; it is not counted.
            latencies = new ArrayList<>(latencies.subList(latencies.size() / 5, latencies.size()));
            latencies.sort(Long::compare);
            int measured = latencies.size();
            assertThat(fake.orderCount()).isEqualTo(fake.orderRequests.size());
            System.out.printf(
                    "closed bar on /ws -> order request at the fake Alor: n=%d p50=%.3f ms p99=%.3f ms max=%.3f ms%n",
                    measured,
                    latencies.get(measured / 2) / 1e6,
                    latencies.get((int) Math.ceil(measured * 0.99) - 1) / 1e6,
                    latencies.getLast() / 1e6);
        }
    }
}
