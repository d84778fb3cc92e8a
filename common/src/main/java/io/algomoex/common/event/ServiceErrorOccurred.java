package io.algomoex.common.event;

import java.util.Objects;

/**
 * A service hit an error an operator should know about (published as {@code service.error}).
 *
 * @param service the service name
 * @param component the part that failed, for example {@code moex-iss} or {@code reconciliation}
 * @param message a human-readable description with no secrets in it
 */
public record ServiceErrorOccurred(String service, String component, String message) implements EventPayload {

    public ServiceErrorOccurred {
        Objects.requireNonNull(service, "service is required");
        Objects.requireNonNull(component, "component is required");
        Objects.requireNonNull(message, "message is required");
    }

    @Override
    public EventType type() {
        return EventType.SERVICE_ERROR;
    }
}
