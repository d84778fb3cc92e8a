package io.algomoex.collector.application.port;

import io.algomoex.common.event.EventPayload;

/**
 * Publishes events on {@code algo.events} wrapped in an {@link io.algomoex.common.event.EventEnvelope}. Returns only
 * after the broker confirmed the message.
 *
 * @throws IllegalStateException when the broker did not confirm in time
 */
public interface EventPublisher {

    void publish(EventPayload payload);
}
