package io.algomoex.trading.application.port;

import io.algomoex.common.event.EventPayload;

/**
 * Events waiting to be published ({@code trading.outbox}). They are appended in the transaction that changes the
 * state they report, so an event exists exactly when its change was committed; the shared
 * {@link io.algomoex.service.outbox.OutboxRelay} publishes them.
 */
public interface EventOutbox {

    /** Wraps the payload in an envelope and stores it, unsent. */
    void append(EventPayload payload);
}
