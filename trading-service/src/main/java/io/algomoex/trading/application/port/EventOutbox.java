package io.algomoex.trading.application.port;

import io.algomoex.common.event.EventPayload;
import java.util.List;

/**
 * Events waiting to be published ({@code trading.outbox}). They are appended in the transaction that changes the
 * state they report, so an event exists exactly when its change was committed.
 */
public interface EventOutbox {

    /** Wraps the payload in an envelope and stores it, unsent. */
    void append(EventPayload payload);

    /** The oldest unsent messages, at most {@code limit}. */
    List<OutboxMessage> unsent(int limit);

    /** Marks a message as confirmed by the broker. */
    void markSent(long id);
}
