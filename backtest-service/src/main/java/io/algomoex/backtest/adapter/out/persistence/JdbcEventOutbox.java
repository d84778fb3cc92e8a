package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.port.EventOutbox;
import io.algomoex.backtest.application.port.OutboxMessage;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.Exchanges;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcEventOutbox implements EventOutbox {

    static final String SOURCE = "backtest-service";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcEventOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void appendEvent(EventPayload payload) {
        EventEnvelope<EventPayload> envelope = EventEnvelope.wrap(payload, SOURCE, clock);
        insert(
                envelope.eventId(),
                envelope.type().exchange(),
                envelope.routingKey(),
                json.writeValueAsString(envelope));
    }

    @Override
    public void appendChunk(UUID sweepId, int chunkIndex) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sweepId", sweepId.toString());
        body.put("chunk", chunkIndex);
        // The default exchange routes by queue name straight to the work queue.
        insert(UUID.randomUUID(), "", Exchanges.SWEEP_CHUNKS_QUEUE, json.writeValueAsString(body));
    }

    private void insert(UUID messageId, String exchange, String routingKey, String body) {
        jdbc.sql("INSERT INTO backtest.outbox (message_id, exchange, routing_key, body, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(messageId, exchange, routingKey, body, Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public List<OutboxMessage> lockUnsent(int limit) {
        return jdbc.sql("SELECT id, message_id, exchange, routing_key, body FROM backtest.outbox WHERE sent_at IS NULL"
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(limit)
                .query((row, n) -> new OutboxMessage(
                        row.getLong("id"),
                        row.getObject("message_id", UUID.class),
                        row.getString("exchange"),
                        row.getString("routing_key"),
                        row.getString("body").getBytes(StandardCharsets.UTF_8)))
                .list();
    }

    @Override
    public void markSent(long id) {
        jdbc.sql("UPDATE backtest.outbox SET sent_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    @Override
    public int deleteSentBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM backtest.outbox WHERE sent_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }
}
