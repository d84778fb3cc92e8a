package io.algomoex.trading.application;

import io.algomoex.common.event.EventPayload;
import io.algomoex.trading.application.port.EventOutbox;
import java.util.ArrayList;
import java.util.List;

/** Keeps appended payloads. */
class RecordingOutbox implements EventOutbox {

    private final List<EventPayload> appended = new ArrayList<>();

    @Override
    public void append(EventPayload payload) {
        appended.add(payload);
    }

    List<EventPayload> appended() {
        return List.copyOf(appended);
    }

    <P extends EventPayload> List<P> appended(Class<P> type) {
        return appended.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
