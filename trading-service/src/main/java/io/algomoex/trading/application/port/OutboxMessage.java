package io.algomoex.trading.application.port;

import java.util.Objects;
import java.util.UUID;

/**
 * A stored event ready to publish.
 *
 * @param id outbox row id, increasing in append order
 * @param eventId the envelope's id
 * @param exchange exchange to publish to
 * @param routingKey routing key, the event type
 * @param body the JSON envelope
 */
public record OutboxMessage(long id, UUID eventId, String exchange, String routingKey, byte[] body) {

    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(exchange, "exchange is required");
        Objects.requireNonNull(routingKey, "routingKey is required");
        Objects.requireNonNull(body, "body is required");
    }
}
