package io.algomoex.backtest.application.port;

import java.util.UUID;

/**
 * The work queue sweep chunks go through: a chunk is stored as a work message in the outbox in the caller's
 * transaction, so it is queued exactly when its sweep is stored, and relayed to {@code backtest.sweep.chunks} after
 * the commit.
 */
public interface SweepChunkQueue {

    /** Stores the work message for one chunk of a sweep (or the single job of a walk-forward analysis), unsent. */
    void append(UUID sweepId, int chunkIndex);

    /** Asks for the stored messages to be relayed now, without waiting for RabbitMQ; call it after the commit. */
    void relaySoon();
}
