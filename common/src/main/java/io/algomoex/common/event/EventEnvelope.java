package io.algomoex.common.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The shape of every message on {@code algo.events} and {@code algo.commands}.
 *
 * <p>Consumers deduplicate by {@code eventId}: delivery is at least once, so the same envelope may arrive twice.
 *
 * @param eventId unique id of this event, the deduplication key
 * @param type the event type, equal to {@code payload.type()}; also the routing key
 * @param occurredAt when the fact happened, UTC
 * @param source the publishing service, for example {@code collector-service}
 * @param payload the type-specific content
 * @param <P> the payload type
 */
public record EventEnvelope<P extends EventPayload>(
        UUID eventId, EventType type, Instant occurredAt, String source, P payload) {

    private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(payload, "payload is required");
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("source must be a lower-case service name, got '" + source + "'");
        }
        if (payload.type() != type) {
            throw new IllegalArgumentException("type " + type + " does not match payload "
                    + payload.getClass().getSimpleName() + " of type " + payload.type());
        }
    }

    /** Wraps a payload in a new envelope with a random id, stamped with the clock's current instant. */
    public static <P extends EventPayload> EventEnvelope<P> wrap(P payload, String source, Clock clock) {
        Objects.requireNonNull(payload, "payload is required");
        return new EventEnvelope<>(UUID.randomUUID(), payload.type(), clock.instant(), source, payload);
    }

    /** The routing key this envelope is published with. */
    public String routingKey() {
        return type.routingKey();
    }
}
