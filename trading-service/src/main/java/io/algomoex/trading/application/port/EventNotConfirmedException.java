package io.algomoex.trading.application.port;

/** RabbitMQ did not confirm a published message; it stays in the outbox and is published again later. */
public class EventNotConfirmedException extends RuntimeException {

    public EventNotConfirmedException(String message, Throwable cause) {
        super(message, cause);
    }
}
