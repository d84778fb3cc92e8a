package io.algomoex.alerting.application.port;

import java.time.Instant;
import java.util.UUID;

/** Event ids already acted on, so a redelivered event raises nothing twice. */
public interface ProcessedEventStore {

    /**
     * Records the event id inside the caller's transaction.
     *
     * @return false when it was recorded before: the event is a duplicate
     */
    boolean markProcessed(UUID eventId, Instant at);

    /** Forgets ids recorded before {@code cutoff}; RabbitMQ redelivers within minutes, not days. */
    int forgetBefore(Instant cutoff);
}
