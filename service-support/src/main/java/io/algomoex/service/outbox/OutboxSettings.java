package io.algomoex.service.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A service's outbox, declared as a bean by the service from its own configuration properties;
 * {@link OutboxAutoConfiguration} then builds the table, relay, {@link EventOutbox} and schedule from it.
 *
 * @param table schema-qualified table, for example {@code trading.outbox}
 * @param source the service name written into every envelope
 * @param batchSize messages published and marked sent per transaction
 * @param relayInterval pause between scheduled relays (messages are also relayed right after they are stored when
 *     the use case asks with {@link EventOutbox#relaySoon})
 * @param keepSent how long sent messages stay before the schedule deletes them, or {@code null} when the service
 *     deletes them itself
 * @param purgeInterval pause between those deletions (ignored when {@code keepSent} is {@code null})
 */
public record OutboxSettings(
        String table, String source, int batchSize, Duration relayInterval, Duration keepSent, Duration purgeInterval) {

    public OutboxSettings {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(relayInterval, "relayInterval");
        if (keepSent != null) {
            Objects.requireNonNull(purgeInterval, "purgeInterval");
        }
    }

    /** An outbox whose sent messages the service deletes itself. */
    public static OutboxSettings keptByService(String table, String source, int batchSize, Duration relayInterval) {
        return new OutboxSettings(table, source, batchSize, relayInterval, null, null);
    }
}
