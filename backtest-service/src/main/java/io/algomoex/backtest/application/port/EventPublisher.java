package io.algomoex.backtest.application.port;

/** Publishes stored messages to RabbitMQ. */
public interface EventPublisher {

    /**
     * Publishes one message persistently and returns only after the broker confirmed it.
     *
     * @throws EventNotConfirmedException when it was not confirmed; the message must be published again later
     */
    void publishConfirmed(OutboxMessage message);
}
