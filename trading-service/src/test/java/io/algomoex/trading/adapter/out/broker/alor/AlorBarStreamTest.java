package io.algomoex.trading.adapter.out.broker.alor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AlorBarStreamTest {

    private static final Instrument SBER = new Instrument("SBER", "TQBR");
    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final FakeAlor fake = new FakeAlor(clock);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AlorConnection alor = new AlorConnection(fake.settings(), registry, clock, Map.of());
    private final List<Candle> closed = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        alor.close();
        fake.close();
    }

    private static FakeAlorSocket.Bar bar(int minute, String close) {
        BigDecimal price = new BigDecimal(close);
        return new FakeAlorSocket.Bar(
                START.plus(Duration.ofMinutes(minute)).getEpochSecond(), price, price, price, price, 100 + minute);
    }

    private List<Instant> closedTimes() {
        return closed.stream().map(Candle::begin).toList();
    }

    @Test
    void subscribesWithTheTokenInTheMessageAndDeliversEachClosedBarOnceNeverTheFormingOne() {
        alor.stream().subscribe(SBER, Timeframe.M1, null, closed::add);
        await().until(() -> fake.socket.subscriptions.size() == 1 && fake.socket.connected());

        fake.socket.push(bar(0, "250.10"));
        fake.socket.push(bar(0, "250.20")); // the forming bar, updated
        fake.socket.push(bar(1, "250.30")); // closes minute 0
        fake.socket.push(bar(1, "250.40"));
        fake.socket.push(bar(2, "250.50")); // closes minute 1; minute 2 is still forming

        await().until(() -> closed.size() == 2);
        assertThat(closedTimes()).containsExactly(START, START.plus(Duration.ofMinutes(1)));
        assertThat(closed.get(0).close().value()).isEqualByComparingTo("250.20");
        assertThat(closed.get(1).close().value()).isEqualByComparingTo("250.40");
        assertThat(closed.get(0).instrument()).isEqualTo(SBER);
        JsonNode subscribe = fake.socket.subscriptions.getFirst();
        assertThat(subscribe.path("token").asString()).isEqualTo(fake.currentToken());
        assertThat(subscribe.path("tf").asString()).isEqualTo("60");
        assertThat(subscribe.path("from").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(fake.socket.otherMessages).as("no authorize message on /ws").isEmpty();
        assertThat(fake.violations).isEmpty();
        assertThat(registry.get("trading.broker.stream.connected").gauge().value())
                .isEqualTo(1);
        assertThat(registry.get("trading.broker.stream.subscribed").gauge().value())
                .as("a subscribed stream is one the BrokerStreamDisconnected rule watches")
                .isEqualTo(1);
    }

    @Test
    void reconnectsAfterADropAndResubscribesFromTheLastClosedBarDeliveringEachBarExactlyOnce() {
        alor.stream().subscribe(SBER, Timeframe.M1, null, closed::add);
        await().until(() -> fake.socket.connected());
        fake.socket.push(bar(0, "250.10"));
        fake.socket.push(bar(1, "250.20"));
        fake.socket.push(bar(2, "250.30"));
        await().until(() -> closed.size() == 2);

        fake.socket.drop();
        // Bars that happen while the client is away are replayed to its next subscription.
        fake.socket.push(bar(2, "250.35"));
        fake.socket.push(bar(3, "250.40"));
        fake.socket.push(bar(4, "250.50"));

        await().atMost(Duration.ofSeconds(10)).until(() -> closed.size() == 4);
        assertThat(closedTimes())
                .containsExactly(
                        START,
                        START.plus(Duration.ofMinutes(1)),
                        START.plus(Duration.ofMinutes(2)),
                        START.plus(Duration.ofMinutes(3)));
        assertThat(closed.get(2).close().value()).isEqualByComparingTo("250.35");
        JsonNode again = fake.socket.subscriptions.getLast();
        assertThat(fake.socket.subscriptions).hasSize(2);
        assertThat(again.path("from").asLong())
                .isEqualTo(START.plus(Duration.ofMinutes(1)).getEpochSecond());
        assertThat(again.path("guid").asString())
                .isEqualTo(fake.socket.subscriptions.getFirst().path("guid").asString());
        assertThat(again.path("token").asString()).isEqualTo(fake.currentToken());
        assertThat(fake.socket.connections()).isEqualTo(2);
        assertThat(registry.get("trading.broker.stream.reconnects").counter().count())
                .isEqualTo(1);
    }

    @Test
    void startsAfterTheLastActedBarAndSkipsWhatWasDeliveredBefore() {
        fake.socket.push(bar(0, "250.10"));
        fake.socket.push(bar(1, "250.20"));
        fake.socket.push(bar(2, "250.30"));

        alor.stream().subscribe(SBER, Timeframe.M1, START.plus(Duration.ofMinutes(1)), closed::add);
        await().until(() -> fake.socket.connected());
        fake.socket.push(bar(3, "250.40"));

        await().until(() -> closed.size() == 1);
        assertThat(closedTimes()).containsExactly(START.plus(Duration.ofMinutes(2)));
    }

    @Test
    void resubscribesWithAFreshTokenWhenTheSubscriptionIsRefused() {
        fake.tokenLifetime(Duration.ofMinutes(30));
        alor.gateway().positions();
        fake.revokeToken();

        alor.stream().subscribe(SBER, Timeframe.M1, null, closed::add);

        await().atMost(Duration.ofSeconds(10)).until(() -> fake.socket.connected());
        assertThat(fake.refreshes()).isEqualTo(2);
        assertThat(fake.socket.subscriptions.getLast().path("token").asString()).isEqualTo(fake.currentToken());
    }

    @Test
    void dropsAnInvalidBarAndCountsIt() {
        alor.stream().subscribe(SBER, Timeframe.M1, null, closed::add);
        await().until(() -> fake.socket.connected());
        fake.socket.push(new FakeAlorSocket.Bar(
                START.getEpochSecond(), new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1));

        await().until(() -> registry.find("trading.broker.stream.invalid.bars").counter() != null
                && registry.get("trading.broker.stream.invalid.bars").counter().count() == 1);
        assertThat(closed).isEmpty();
    }
}
