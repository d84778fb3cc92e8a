package io.algomoex.trading.application.port;

/** Publishes stored events to RabbitMQ. */
public interface EventPublisher {

    /**
     * Publishes one message and returns only after the broker confirmed it.
     *
     * @throws EventNotConfirmedException when it was not confirmed; the message must be published again later
     */
    void publishConfirmed(OutboxMessage message);
}
