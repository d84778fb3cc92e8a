package io.algomoex.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.Exchanges;
import io.algomoex.common.market.Timeframe;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.LocalRabbit;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RabbitMQ drops the service's connections while the live loop is producing events: the outbox relay reconnects,
 * every stored event is published and arrives at a queue bound to {@code algo.events}, and the reconnect is counted.
 * Delivery is at least once (consumers deduplicate by event id), so a repeat of an event whose confirm was lost with
 * the connection is allowed and reported; a missing event is not.
 */
@IntegrationTest
@SpringBootTest(
        properties = {
            // Queues of their own: other test contexts in this JVM consume the default ones.
            "algo.trading.amqp.candle-queue=trading.candles.reconnect-it",
            "algo.trading.amqp.command-queue=trading.commands.reconnect-it",
            "algo.trading.outbox.relay-interval=PT0.1S",
            // Every P&L change is an event: as many events as the candles can make.
            "algo.trading.pnl-updates.min-interval=PT0S",
            "algo.trading.risk.session-hours-only=false",
            "algo.trading.risk.strategy.max-orders-per-minute=100000",
            "algo.trading.risk.account.max-orders-per-minute=100000",
            "algo.trading.strategies[0].id=reconnect-sma",
            "algo.trading.strategies[0].secid=RECONN",
            "algo.trading.strategies[0].timeframe=1h",
            "algo.trading.strategies[0].params.fast=3",
            "algo.trading.strategies[0].params.slow=8",
            "algo.trading.strategies[0].size=1"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class RabbitReconnectIT {

    private static final Logger log = LoggerFactory.getLogger(RabbitReconnectIT.class);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    @Autowired
    MeterRegistry registry;

    @Autowired
    ConnectionFactory connectionFactory;

    @Test
    void deliversEveryStoredEventAfterTheConnectionIsDroppedWhilePublishing() {
        Queue events = new Queue("reconnect-it.events." + UUID.randomUUID(), true, false, false);
        admin.declareQueue(events);
        admin.declareBinding(BindingBuilder.bind(events)
                .to(new TopicExchange(Exchanges.EVENTS))
                .with("trading.#"));
        long before = lastOutboxId();
        double reconnectsBefore = registry.counter("trading.rabbit.reconnects").count();
        List<CandleClosed> candles = candles(RandomWalkSeries.generate(400, 11));

        publish(candles.subList(0, 200));
        await().atMost(Duration.ofSeconds(60)).until(() -> sentSince(before) >= 20);
        long atDrop = lastOutboxId();
        List<String> closed = LocalRabbit.closeConnections(
                connectionFactory.getVirtualHost(), "RabbitReconnectIT drops the service's connections");
        log.info(
                "Closed RabbitMQ connections {} with {} events sent, outbox at id {}",
                closed,
                sentSince(before),
                atDrop);
        publish(candles.subList(200, candles.size()));

        Instant last = candles.getLast().begin();
        await().atMost(Duration.ofSeconds(120))
                .until(() -> lastCandle().filter(last::equals).isPresent());
        await().atMost(Duration.ofSeconds(60)).until(() -> unsentSince(before) == 0);
        Set<UUID> stored = new HashSet<>(jdbc.sql("SELECT message_id FROM trading.outbox WHERE id > :id")
                .param("id", before)
                .query(UUID.class)
                .list());
        long storedAfterDrop = jdbc.sql("SELECT count(*) FROM trading.outbox WHERE id > :id")
                .param("id", atDrop)
                .query(Long.class)
                .single();

        Map<UUID, Integer> received = receiveAll(events.getName());
        admin.deleteQueue(events.getName());
        long duplicates =
                received.values().stream().mapToInt(count -> count - 1).sum();
        log.info(
                "{} events stored ({} after the drop), {} distinct received, {} duplicate deliveries",
                stored.size(),
                storedAfterDrop,
                received.size(),
                duplicates);

        assertThat(storedAfterDrop).as("events stored after the drop").isGreaterThan(20);
        assertThat(received.keySet()).as("events received").containsAll(stored);
        assertThat(registry.counter("trading.rabbit.reconnects").count()).isGreaterThan(reconnectsBefore);
        assertThat(registry.counter("trading.rabbit.connection.losses").count()).isPositive();
    }

    private long lastOutboxId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM trading.outbox")
                .query(Long.class)
                .single();
    }

    private long sentSince(long id) {
        return jdbc.sql("SELECT count(*) FROM trading.outbox WHERE id > :id AND sent_at IS NOT NULL")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long unsentSince(long id) {
        return jdbc.sql("SELECT count(*) FROM trading.outbox WHERE id > :id AND sent_at IS NULL")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private java.util.Optional<Instant> lastCandle() {
        return jdbc.sql("SELECT last_candle FROM trading.strategy_progress WHERE strategy_id = 'reconnect-sma'")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Event ids received and how often each came. */
    private Map<UUID, Integer> receiveAll(String queue) {
        Map<UUID, Integer> received = new HashMap<>();
        Message message;
        while ((message = rabbit.receive(queue, 2_000)) != null) {
            JsonNode envelope = json.readTree(message.getBody());
            received.merge(UUID.fromString(envelope.get("eventId").asString()), 1, Integer::sum);
        }
        return received;
    }

    /** On one channel, in order, as the collector publishes them. */
    private void publish(List<CandleClosed> candles) {
        ClosedCandles.publish(rabbit, json, candles);
    }

    private static List<CandleClosed> candles(BarSeries bars) {
        return java.util.stream.IntStream.range(0, bars.size())
                .mapToObj(i -> new CandleClosed(
                        "RECONN",
                        "TQBR",
                        Timeframe.H1.code(),
                        bars.time(i),
                        BigDecimal.valueOf(bars.open(i)),
                        BigDecimal.valueOf(bars.high(i)),
                        BigDecimal.valueOf(bars.low(i)),
                        BigDecimal.valueOf(bars.close(i)),
                        (long) bars.volume(i)))
                .toList();
    }
}
