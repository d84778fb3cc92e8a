package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.trading.application.port.EventOutbox;
import io.algomoex.trading.application.port.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcEventOutbox implements EventOutbox {

    static final String SOURCE = "trading-service";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcEventOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void append(EventPayload payload) {
        EventEnvelope<EventPayload> envelope = EventEnvelope.wrap(payload, SOURCE, clock);
        jdbc.sql("INSERT INTO trading.outbox (event_id, exchange, routing_key, body, created_at)"
                        + " VALUES (:eventId, :exchange, :routingKey, :body, :at)")
                .param("eventId", envelope.eventId())
                .param("exchange", envelope.type().exchange())
                .param("routingKey", envelope.routingKey())
                .param("body", json.writeValueAsString(envelope))
                .param("at", Timestamp.from(envelope.occurredAt()))
                .update();
    }

    @Override
    public List<OutboxMessage> unsent(int limit) {
        return jdbc.sql("SELECT id, event_id, exchange, routing_key, body FROM trading.outbox WHERE sent_at IS NULL"
                        + " ORDER BY id LIMIT :limit")
                .param("limit", limit)
                .query((row, n) -> new OutboxMessage(
                        row.getLong("id"),
                        row.getObject("event_id", UUID.class),
                        row.getString("exchange"),
                        row.getString("routing_key"),
                        row.getString("body").getBytes(StandardCharsets.UTF_8)))
                .list();
    }

    @Override
    public void markSent(long id) {
        jdbc.sql("UPDATE trading.outbox SET sent_at = :at WHERE id = :id")
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }
}
