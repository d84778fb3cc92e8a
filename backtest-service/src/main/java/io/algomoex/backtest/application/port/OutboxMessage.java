package io.algomoex.backtest.application.port;

import java.util.Objects;
import java.util.UUID;

/**
 * A stored message ready to publish.
 *
 * @param id outbox row id, increasing in append order
 * @param messageId the message's id: the envelope's {@code eventId} for events
 * @param exchange exchange to publish to; empty for the default exchange (work queues)
 * @param routingKey routing key: the event type, or the queue name
 * @param body the JSON body
 */
public record OutboxMessage(long id, UUID messageId, String exchange, String routingKey, byte[] body) {

    public OutboxMessage {
        Objects.requireNonNull(messageId, "messageId is required");
        Objects.requireNonNull(exchange, "exchange is required");
        Objects.requireNonNull(routingKey, "routingKey is required");
        Objects.requireNonNull(body, "body is required");
    }
}
