package io.algomoex.service.outbox;

import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's outbox table, for example {@code trading.outbox}, with the columns {@code id bigserial, message_id
 * uuid unique, exchange, routing_key, body text, created_at, sent_at}. {@link #insert} joins the caller's
 * transaction, so a message is stored exactly when the change it reports is committed.
 */
public class JdbcOutboxTable implements OutboxStore {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final String table;

    /** @param table schema-qualified table name, for example {@code trading.outbox} */
    public JdbcOutboxTable(JdbcClient jdbc, JsonMapper json, Clock clock, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("an outbox table is named schema.table in lower case, got " + table);
        }
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.table = table;
    }

    /** Wraps the payload in an envelope from {@code source} and stores it for its type's exchange, unsent. */
    public void insertEvent(EventPayload payload, String source) {
        EventEnvelope<EventPayload> envelope = EventEnvelope.wrap(payload, source, clock);
        insert(
                envelope.eventId(),
                envelope.type().exchange(),
                envelope.routingKey(),
                json.writeValueAsString(envelope));
    }

    /** Stores a JSON work message for a queue, published through the default exchange (which routes by queue name). */
    public void insertWork(String queue, Object body) {
        insert(UUID.randomUUID(), "", queue, json.writeValueAsString(body));
    }

    /** Stores a message, unsent, in the caller's transaction. */
    public void insert(UUID messageId, String exchange, String routingKey, String body) {
        jdbc.sql("INSERT INTO " + table
                        + " (message_id, exchange, routing_key, body, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(messageId, exchange, routingKey, body, Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public List<OutboxMessage> lockUnsent(int limit) {
        return jdbc.sql("SELECT id, message_id, exchange, routing_key, body FROM " + table
                        + " WHERE sent_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
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
        jdbc.sql("UPDATE " + table + " SET sent_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Deletes messages sent before {@code cutoff}; returns how many. Unsent messages are never deleted. */
    public int deleteSentBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM " + table + " WHERE sent_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }
}
