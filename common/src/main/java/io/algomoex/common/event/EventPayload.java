package io.algomoex.common.event;

/** The type-specific part of a message. Each payload knows the one {@link EventType} it travels as. */
public interface EventPayload {

    EventType type();
}
