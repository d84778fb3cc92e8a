package io.algomoex.backtest.application.port;

/** RabbitMQ did not confirm a message (down, nack or timeout); it stays in the outbox and is retried. */
public class EventNotConfirmedException extends RuntimeException {

    public EventNotConfirmedException(String message, Throwable cause) {
        super(message, cause);
    }
}
