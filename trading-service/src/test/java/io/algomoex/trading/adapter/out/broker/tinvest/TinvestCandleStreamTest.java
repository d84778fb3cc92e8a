package io.algomoex.trading.adapter.out.broker.tinvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.application.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real MarketDataStream client against the fake's WebSocket and GetCandles. */
class TinvestCandleStreamTest {

    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final FakeTinvest fake = new FakeTinvest(clock);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TinvestConnection connection =
            new TinvestConnection(fake.settings(), new BrokerMeters(registry, "tinvest"), clock);
    private final List<Candle> delivered = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        connection.close();
        fake.close();
    }

    private static FakeTinvestSocket.Bar bar(int minute, String close) {
        BigDecimal price = new BigDecimal(close);
        return new FakeTinvestSocket.Bar(START.plus(Duration.ofMinutes(minute)), price, price, price, price, 3);
    }

    /** The candle of {@code minute} closes: the clock moves past its end and the exchange has it. */
    private void closes(int minute, String close) {
        clock.advance(Duration.ofMinutes(1));
        fake.socket.push(bar(minute, close));
    }

    @Test
    void deliversClosedCandlesInUnitsAndAnswersPings() {
        connection.stream().subscribe(TinvestBrokerGatewayTest.SBER, Timeframe.M1, null, delivered::add);
        await().until(fake.socket::subscribed);

        closes(0, "250.5");
        closes(1, "250.51");
        fake.socket.ping("2026-01-05T07:02:30Z");

        await().until(() -> delivered.size() == 2 && fake.socket.pings.size() == 1);
        assertThat(delivered.get(1).close().value()).isEqualByComparingTo("250.51");
        assertThat(delivered.get(0).begin()).isEqualTo(START);
        assertThat(delivered.get(0).volume()).isEqualTo(30);
        assertThat(fake.socket.pings.getFirst().path("ping").path("time").asString())
                .isEqualTo("2026-01-05T07:02:30Z");
        assertThat(registry.get("trading.broker.stream.connected").gauge().value())
                .isEqualTo(1.0);
        assertThat(fake.violations).isEmpty();
    }

    @Test
    void aDropReconnectsAndBackFillsTheGapSoEveryClosedCandleArrivesOnce() {
        connection.stream().subscribe(TinvestBrokerGatewayTest.SBER, Timeframe.M1, null, delivered::add);
        await().until(fake.socket::subscribed);
        closes(0, "250.0");
        closes(1, "250.1");
        await().until(() -> delivered.size() == 2);

        fake.socket.drop();
        closes(2, "250.2");
        closes(3, "250.3");
        fake.socket.repeatLastOnSubscribe();
        await().until(() -> fake.socket.connections() == 2 && fake.socket.subscribed());
        await().until(() -> delivered.size() == 4);
        closes(4, "250.4");

        await().until(() -> delivered.size() == 5);
        assertThat(delivered)
                .extracting(c -> c.close().value().toPlainString())
                .containsExactly("250", "250.1", "250.2", "250.3", "250.4");
        assertThat(delivered).extracting(Candle::begin).doesNotHaveDuplicates().isSorted();
        assertThat(fake.socket.backfills).isNotEmpty();
        assertThat(fake.socket.backfills.getLast().path("from").asString()).isEqualTo("2026-01-05T07:02:00Z");
        assertThat(registry.get("trading.broker.stream.reconnects").counter().count())
                .isEqualTo(1.0);
        assertThat(fake.violations).isEmpty();
    }

    @Test
    void aSubscriptionAfterTheLastActedCandleBackFillsWhatClosedSince() {
        fake.socket.push(bar(0, "250.0"));
        fake.socket.push(bar(1, "250.1"));
        fake.socket.push(bar(2, "250.2"));
        clock.advance(Duration.ofMinutes(3));

        connection.stream().subscribe(TinvestBrokerGatewayTest.SBER, Timeframe.M1, START, delivered::add);

        await().until(() -> delivered.size() == 2);
        assertThat(delivered).extracting(Candle::begin).containsExactly(START.plusSeconds(60), START.plusSeconds(120));
    }
}
