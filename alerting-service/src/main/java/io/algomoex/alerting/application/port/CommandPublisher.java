package io.algomoex.alerting.application.port;

import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;

/** Publishes commands to other services on {@code algo.commands}. */
public interface CommandPublisher {

    /**
     * Publishes and waits for the broker's confirmation.
     *
     * @throws CommandNotPublishedException when the broker did not confirm it
     */
    void publish(EventEnvelope<? extends EventPayload> command);
}
