package io.algomoex.service.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * A stored message waiting to be published.
 *
 * @param id the outbox row's id; rows are published in this order
 * @param messageId the message's own id, sent as the AMQP message id (an event's {@code eventId})
 * @param exchange the exchange to publish to; empty for the default exchange, which routes by queue name
 * @param routingKey the routing key
 * @param body the message body, JSON
 */
public record OutboxMessage(long id, UUID messageId, String exchange, String routingKey, byte[] body) {

    public OutboxMessage {
        Objects.requireNonNull(messageId, "messageId is required");
        Objects.requireNonNull(exchange, "exchange is required");
        Objects.requireNonNull(routingKey, "routingKey is required");
        Objects.requireNonNull(body, "body is required");
    }
}
