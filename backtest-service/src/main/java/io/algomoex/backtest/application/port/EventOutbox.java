package io.algomoex.backtest.application.port;

import io.algomoex.common.event.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * Messages waiting to be published ({@code backtest.outbox}): events for {@code algo.events} and work for the
 * {@code backtest.sweep.chunks} queue. They are appended in the transaction that makes the change they carry, so a
 * message exists exactly when its change was committed, and a RabbitMQ outage only delays it; the shared
 * {@link io.algomoex.service.outbox.OutboxRelay} publishes them.
 */
public interface EventOutbox {

    /** Wraps the payload in an envelope and stores it, unsent. */
    void appendEvent(EventPayload payload);

    /** Stores the work message for one chunk of a sweep (or the single job of a walk-forward analysis), unsent. */
    void appendChunk(UUID sweepId, int chunkIndex);

    /** Deletes messages sent before {@code cutoff}; returns how many. */
    int deleteSentBefore(Instant cutoff);
}
