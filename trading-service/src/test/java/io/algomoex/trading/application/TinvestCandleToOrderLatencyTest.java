package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.adapter.out.broker.tinvest.FakeTinvest;
import io.algomoex.trading.adapter.out.broker.tinvest.FakeTinvestSocket;
import io.algomoex.trading.adapter.out.broker.tinvest.TinvestConnection;
import io.algomoex.trading.application.TakeStreamedCandlesTest.InMemoryCandleStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The latency command of the T-Invest issue, run on demand only ({@code -Dalgo.bench.bars=N}): from the moment the
 * fake T-Invest sends a closed candle on the {@code MarketDataStream} WebSocket to the moment the PostOrder request
 * has arrived at the fake, through the real stream, loop, send policy and REST client. A fast 1 / slow 2 SMA cross on
 * a zigzag series orders on every candle; each order is filled between two candles, outside the measured window.
 * Prints p50, p99 and max over the last four fifths (the first fifth warms up); it asserts only that every candle
 * produced one order request.
 */
class TinvestCandleToOrderLatencyTest {

    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    @Test
    void measuresClosedCandleToPostOrderAtTheFake() {
        String configured = System.getProperty("algo.bench.bars");
        assumeTrue(configured != null, "latency command: run with -Dalgo.bench.bars=1000");
        int bars = Integer.parseInt(configured);
        MutableClock clock = new MutableClock(START);
        try (FakeTinvest fake = new FakeTinvest(clock);
                TinvestConnection tinvest = new TinvestConnection(
                        fake.settings(), new BrokerMeters(new SimpleMeterRegistry(), "tinvest"), clock)) {
            RetryingBrokerGateway gateway = new RetryingBrokerGateway(
                    tinvest.gateway(),
                    new SendSettings(Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(1)),
                    clock::advance,
                    clock);
            LiveLoopFixture live = new LiveLoopFixture(1, 2, 1, 10, gateway, new BigDecimal("1000000"), "tinvest", true)
                    .withPnlUpdates(Duration.ofHours(1), clock);
            FollowBrokerOrders follow = LiveLoopFixture.follow(
                    live.settings(),
                    new AccountSettings(new BigDecimal("1000000")),
                    gateway,
                    live.books(),
                    live.metrics,
                    clock);
            TakeStreamedCandles take = new TakeStreamedCandles(
                    live.settings(),
                    List.of(tinvest.stream()),
                    live.loop,
                    new InMemoryCandleStore(),
                    live.feed,
                    live.books());
            take.start();
            await().until(fake.socket::subscribed);

            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < bars; i++) {
                BigDecimal close = new BigDecimal(i % 2 == 0 ? "250.00" : "251.00");
                int ordersBefore = fake.orderArrivals.size();
                clock.advance(Duration.ofHours(1));
                long pushed = System.nanoTime();
                fake.socket.push(
                        new FakeTinvestSocket.Bar(START.plus(Duration.ofHours(i)), close, close, close, close, 10));
                int closedSoFar = i + 1;
                await().atMost(Duration.ofSeconds(10))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(1))
                        .until(() -> live.outbox.appended(CandleClosed.class).size() == closedSoFar);
                if (fake.orderArrivals.size() > ordersBefore) {
                    latencies.add(fake.orderArrivals.get(ordersBefore) - pushed);
                    fake.fillWorking(close, new BigDecimal("0.0005"), START.plus(Duration.ofHours(i)));
                    live.loop.exclusively(follow::follow);
                }
            }
            take.stop();
            assertThat(latencies.size())
                    .as("an order on every closed candle after warm-up")
                    .isGreaterThan(bars - 5);
            latencies = new ArrayList<>(latencies.subList(latencies.size() / 5, latencies.size()));
            latencies.sort(Long::compare);
            int measured = latencies.size();
            assertThat(fake.orderCount()).isEqualTo(fake.orderPosts.size());
            assertThat(fake.violations).isEmpty();
            System.out.printf(
                    "closed candle on MarketDataStream -> PostOrder at the fake T-Invest: n=%d p50=%.3f ms"
                            + " p99=%.3f ms max=%.3f ms%n",
                    measured,
                    latencies.get(measured / 2) / 1e6,
                    latencies.get((int) Math.ceil(measured * 0.99) - 1) / 1e6,
                    latencies.getLast() / 1e6);
        }
    }
}
