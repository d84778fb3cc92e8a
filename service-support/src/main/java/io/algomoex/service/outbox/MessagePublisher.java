package io.algomoex.service.outbox;

/** Publishes one stored message and returns only once the broker confirmed it. */
@FunctionalInterface
public interface MessagePublisher {

    /** @throws MessageNotConfirmedException when the broker refused it, did not answer in time or is unreachable */
    void publishConfirmed(OutboxMessage message);
}
