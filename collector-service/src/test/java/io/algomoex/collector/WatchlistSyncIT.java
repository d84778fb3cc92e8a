package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.collector.application.CollectCandles;
import io.algomoex.collector.application.SyncWatchlist;
import io.algomoex.collector.application.port.SeriesLock;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.CollectionJob;
import io.algomoex.collector.domain.CollectionRequest;
import io.algomoex.collector.domain.CollectionStatus;
import io.algomoex.collector.domain.WatchedSeries;
import io.algomoex.common.event.Exchanges;
import io.algomoex.common.market.Timeframe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The watchlist sync against the loopback ISS: incremental from the newest stored candle, announced on RabbitMQ. */
class WatchlistSyncIT extends CollectorTestContext {

    private static final WatchedSeries SBER_HOURLY = WatchedSeries.parse("SBER:TQBR:1h");

    @Autowired
    SyncWatchlist syncWatchlist;

    @Autowired
    CollectCandles collectCandles;

    @Autowired
    SeriesLock seriesLock;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    @Autowired
    MeterRegistry meters;

    IssFixtures iss;
    Queue events;

    @BeforeEach
    void listen() {
        iss = IssFixtures.load();
        vendor.answer(iss.answers(500));
        // A plain queue: an exclusive one belongs to the connection that declared it, not the one that reads it.
        events = new Queue("collector-it-events-" + java.util.UUID.randomUUID(), false, false, false);
        admin.declareQueue(events);
        admin.declareBinding(BindingBuilder.bind(events)
                .to(new TopicExchange(Exchanges.EVENTS))
                .with("market.#"));
    }

    @AfterEach
    void stopListening() {
        admin.deleteQueue(events.getName());
    }

    @Test
    void syncsFromTheNewestStoredCandleAndAnnouncesEachNewlyClosedCandle() {
        collectUntil(LocalDate.parse("2024-06-26"));
        long before = candleCount();
        drain();
        vendor.reset();
        vendor.answer(iss.answers(500));

        syncWatchlist.syncAll();

        long added = iss.uniqueCandles(LocalDate.parse("2024-06-27"), LocalDate.parse("2024-07-01"));
        assertThat(candleCount()).isEqualTo(before + added);
        assertThat(LocalDate.parse(
                        vendor.requests("/candles.json").getFirst().getUrl().queryParameter("from")))
                .isEqualTo(LocalDate.parse("2024-06-26"));
        List<Map<String, Object>> messages = drain();
        List<Map<String, Object>> closed = messages.stream()
                .filter(message -> "market.candle.closed".equals(message.get("type")))
                .toList();
        assertThat(closed).hasSize((int) added);
        assertThat(closed.getFirst())
                .containsEntry("source", "collector-service")
                .containsKeys("eventId", "occurredAt", "payload");
        assertThat(messages).anySatisfy(message -> assertThat(message).containsEntry("type", "market.candles.stored"));
        assertThat(jdbc.sql("SELECT last_begin IS NOT NULL AND last_error IS NULL FROM market.sync_state"
                                + " WHERE secid = 'SBER' AND timeframe = '1h'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(meters.get("collector.series.newest.age.seconds")
                        .tag("series", "SBER:TQBR:1h")
                        .gauge()
                        .value())
                .isPositive();
    }

    @Test
    void aSeriesLockedByAnotherReplicaIsSkipped() {
        collectUntil(LocalDate.parse("2024-06-26"));
        long before = candleCount();
        vendor.reset();
        vendor.answer(iss.answers(500));

        // Holding the series' advisory lock on another session is what a second replica syncing it looks like.
        boolean ran = seriesLock.runExclusively(SBER_HOURLY, syncWatchlist::syncAll);

        assertThat(ran).isTrue();
        assertThat(vendor.requests("/candles.json")).isEmpty();
        assertThat(candleCount()).isEqualTo(before);
    }

    private void collectUntil(LocalDate till) {
        CollectionJob started = collectCandles.start(new CollectionRequest(
                "SBER", "TQBR", Timeframe.H1, LocalDate.parse("2024-06-01"), till, CandleSourceName.MOEX_ISS));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> collectCandles.find(started.id()).orElseThrow().status() != CollectionStatus.RUNNING);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> drain() {
        List<Map<String, Object>> messages = new ArrayList<>();
        Message message;
        while ((message = rabbit.receive(events.getName(), 200)) != null) {
            messages.add(json.readValue(message.getBody(), Map.class));
        }
        return messages;
    }
}
