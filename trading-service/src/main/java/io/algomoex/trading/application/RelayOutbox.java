package io.algomoex.trading.application;

import io.algomoex.trading.application.port.EventNotConfirmedException;
import io.algomoex.trading.application.port.EventOutbox;
import io.algomoex.trading.application.port.EventPublisher;
import io.algomoex.trading.application.port.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Publishes outbox events in the order they were stored, marking each sent only after RabbitMQ confirmed it. The first
 * failure stops the batch, so events are never published out of order; the next run starts again from it.
 */
@Service
public class RelayOutbox {

    private static final Logger log = LoggerFactory.getLogger(RelayOutbox.class);

    private final EventOutbox outbox;
    private final EventPublisher publisher;

    RelayOutbox(EventOutbox outbox, EventPublisher publisher) {
        this.outbox = outbox;
        this.publisher = publisher;
    }

    /**
     * Publishes up to {@code limit} waiting events.
     *
     * @return how many were published and marked sent
     */
    public synchronized int relay(int limit) {
        int sent = 0;
        for (OutboxMessage message : outbox.unsent(limit)) {
            try {
                publisher.publishConfirmed(message);
            } catch (EventNotConfirmedException e) {
                log.warn(
                        "Event {} ({}) not confirmed, will retry: {}",
                        message.eventId(),
                        message.routingKey(),
                        e.getMessage());
                break;
            }
            outbox.markSent(message.id());
            sent++;
        }
        return sent;
    }
}
