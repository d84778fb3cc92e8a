package io.algomoex.collector.application.port;

import io.algomoex.common.event.EventPayload;

/**
 * Events waiting to be published ({@code market.outbox}). They are appended in the transaction that stores the
 * candles they announce, so an event exists exactly when its candles were committed; the shared
 * {@link io.algomoex.service.outbox.OutboxRelay} publishes them, in order and at least once.
 */
public interface EventOutbox {

    /** Wraps the payload in an envelope and stores it, unsent, in the caller's transaction. */
    void append(EventPayload payload);

    /** Asks for the stored events to be relayed now, without waiting for RabbitMQ; call it after the commit. */
    void relaySoon();
}
