package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.collector.application.CollectCandles;
import io.algomoex.collector.application.SyncWatchlist;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.CollectionJob;
import io.algomoex.collector.domain.CollectionRequest;
import io.algomoex.collector.domain.CollectionStatus;
import io.algomoex.common.event.Exchanges;
import io.algomoex.common.market.Timeframe;
import io.algomoex.testsupport.infrastructure.LocalRabbit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: {@code market.candle.closed} goes through {@code market.outbox}, stored in the transaction of its candles.
 * RabbitMQ drops the service's connections again and again while a watchlist sync stores page after page of newly
 * closed candles (20 candles a page from the loopback ISS, a dozen pages between drops); afterwards every stored
 * event has arrived, and each candle the sync added was announced under exactly one event id. Delivery is at least once: a message whose publisher
 * confirm was lost with a dropped connection is published again under the same id (trading-service de-duplicates by
 * it), so a repeated id is counted and logged; a missing event, or a candle under two ids, fails the test.
 */
class ClosedCandleDeliveryIT extends CollectorTestContext {

    private static final Logger log = LoggerFactory.getLogger(ClosedCandleDeliveryIT.class);
    private static final int PAGES_BETWEEN_DROPS = 12;

    @Autowired
    SyncWatchlist syncWatchlist;

    @Autowired
    CollectCandles collectCandles;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    JsonMapper json;

    IssFixtures iss;
    Queue events;

    @BeforeEach
    void listen() {
        iss = IssFixtures.load();
        events = new Queue("collector-it-closed-" + UUID.randomUUID(), true, false, false);
        admin.declareQueue(events);
        admin.declareBinding(BindingBuilder.bind(events)
                .to(new TopicExchange(Exchanges.EVENTS))
                .with("market.candle.closed"));
    }

    @AfterEach
    void stopListening() {
        admin.deleteQueue(events.getName());
    }

    @Test
    void everyClosedCandleArrivesOnceThoughTheConnectionsAreDroppedWhileCandlesAreStored() {
        vendor.answer(iss.answers(500));
        collectUntil(LocalDate.parse("2024-06-03"));
        long firstEvent = lastOutboxId();
        long before = candleCount();
        vendor.reset();
        // The loopback ISS hands out candle pages only as the test releases them, a dozen at a time, and the test drops
        // every connection after each dozen has been served: the drops do not depend on how fast this machine is.
        Semaphore pages = new Semaphore(0);
        Function<RecordedRequest, MockResponse> pagesOfTwenty = iss.answers(20);
        vendor.answer(request -> {
            if (request.getUrl().encodedPath().endsWith("/candles.json")) {
                pages.acquireUninterruptibly();
            }
            return pagesOfTwenty.apply(request);
        });

        CompletableFuture<Void> sync = CompletableFuture.runAsync(syncWatchlist::syncAll);
        int drops = 0;
        try {
            while (!sync.isDone()) {
                long stored = eventsSince(firstEvent);
                pages.release(PAGES_BETWEEN_DROPS);
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> sync.isDone() || pages.availablePermits() == 0);
                // Let the served pages' candles be stored (a page of candles stored before may add none), so the drop
                // lands while their events are being relayed.
                awaitBriefly(() -> sync.isDone() || eventsSince(firstEvent) > stored, Duration.ofSeconds(2));
                LocalRabbit.closeConnections(
                        connectionFactory.getVirtualHost(), "ClosedCandleDeliveryIT drops connections");
                drops++;
            }
        } finally {
            pages.release(10_000);
        }
        sync.join();
        await().atMost(Duration.ofSeconds(60)).until(() -> unsentSince(firstEvent) == 0);

        long added = candleCount() - before;
        List<UUID> stored = jdbc.sql("SELECT message_id FROM market.outbox WHERE id > :id AND routing_key = :type")
                .param("id", firstEvent)
                .param("type", "market.candle.closed")
                .query(UUID.class)
                .list();
        Map<UUID, String> candleOf = new HashMap<>();
        Map<UUID, Integer> received = receiveAll(candleOf);
        long repeated = received.values().stream().mapToInt(count -> count - 1).sum();
        log.info(
                "{} candles added, {} closed-candle events stored, {} distinct received, {} repeated deliveries"
                        + " (same id), {} connection drops",
                added,
                stored.size(),
                received.size(),
                repeated,
                drops);

        assertThat(drops).as("connection drops during the sync").isGreaterThanOrEqualTo(3);
        assertThat(added).isEqualTo(iss.uniqueCandles(LocalDate.parse("2024-06-04"), LocalDate.parse("2024-07-01")));
        assertThat(stored).as("closed-candle events stored").hasSize((int) added);
        assertThat(received.keySet())
                .as("every stored event arrives, and nothing else")
                .hasSameSizeAs(stored)
                .containsAll(stored);
        assertThat(candleOf.values())
                .as("each candle announced under one event id")
                .doesNotHaveDuplicates()
                .hasSize((int) added);
    }

    private static void awaitBriefly(BooleanSupplier condition, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private void collectUntil(LocalDate till) {
        CollectionJob started = collectCandles.start(new CollectionRequest(
                "SBER", "TQBR", Timeframe.H1, LocalDate.parse("2024-06-01"), till, CandleSourceName.MOEX_ISS));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> collectCandles.find(started.id()).orElseThrow().status() != CollectionStatus.RUNNING);
    }

    private long lastOutboxId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM market.outbox")
                .query(Long.class)
                .single();
    }

    private long eventsSince(long id) {
        return jdbc.sql("SELECT count(*) FROM market.outbox WHERE id > :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long unsentSince(long id) {
        return jdbc.sql("SELECT count(*) FROM market.outbox WHERE id > :id AND sent_at IS NULL")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** Event ids received and how often each came; {@code candleOf} gets each id's candle begin. */
    private Map<UUID, Integer> receiveAll(Map<UUID, String> candleOf) {
        Map<UUID, Integer> received = new HashMap<>();
        List<String> types = new ArrayList<>();
        Message message;
        while ((message = rabbit.receive(events.getName(), 2_000)) != null) {
            JsonNode envelope = json.readTree(message.getBody());
            types.add(envelope.get("type").asString());
            UUID id = UUID.fromString(envelope.get("eventId").asString());
            received.merge(id, 1, Integer::sum);
            candleOf.put(id, envelope.path("payload").path("begin").asString());
        }
        assertThat(types).containsOnly("market.candle.closed");
        return received;
    }
}
