package io.algomoex.service.outbox;

import java.util.List;

/** Where stored messages wait: the relay's view of an outbox table. */
public interface OutboxStore {

    /**
     * The oldest unsent messages, at most {@code limit}, locked for the caller's transaction; messages another replica
     * is relaying at the same time are skipped.
     */
    List<OutboxMessage> lockUnsent(int limit);

    /** Marks a message as confirmed by the broker. */
    void markSent(long id);
}
