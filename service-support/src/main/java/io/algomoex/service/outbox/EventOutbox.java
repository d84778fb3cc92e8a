package io.algomoex.service.outbox;

import io.algomoex.common.event.EventPayload;
import java.time.Instant;

/**
 * The outbound port a use case stores its events through: each event is written to the service's outbox table in the
 * caller's transaction and published after the commit by {@link OutboxRelay}, so an event goes out exactly when the
 * change it reports is committed. Technology-free, for the application layer.
 */
public interface EventOutbox {

    /** Wraps the payload in an envelope from this service and stores it, unsent, in the caller's transaction. */
    void append(EventPayload payload);

    /**
     * Asks for the stored messages to be relayed now instead of at the next scheduled relay, without waiting for
     * RabbitMQ; call it after the commit.
     */
    void relaySoon();

    /** Deletes the messages sent before {@code cutoff}; returns how many. */
    int deleteSentBefore(Instant cutoff);
}
