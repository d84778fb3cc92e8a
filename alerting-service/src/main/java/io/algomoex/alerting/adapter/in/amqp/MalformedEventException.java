package io.algomoex.alerting.adapter.in.amqp;

/** A message on {@code algo.events} that can never be processed; it goes to the dead-letter queue. */
class MalformedEventException extends RuntimeException {

    MalformedEventException(String message) {
        super(message);
    }
}
