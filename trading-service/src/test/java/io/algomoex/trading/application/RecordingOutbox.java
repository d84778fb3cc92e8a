package io.algomoex.trading.application;

import io.algomoex.common.event.EventPayload;
import io.algomoex.service.outbox.EventOutbox;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps appended payloads. */
class RecordingOutbox implements EventOutbox {

    // Thread-safe: streamed candles append from the stream thread while a test reads.
    private final List<EventPayload> appended = new CopyOnWriteArrayList<>();

    @Override
    public void append(EventPayload payload) {
        appended.add(payload);
    }

    @Override
    public void relaySoon() {}

    @Override
    public int deleteSentBefore(Instant cutoff) {
        return 0;
    }

    List<EventPayload> appended() {
        return List.copyOf(appended);
    }

    <P extends EventPayload> List<P> appended(Class<P> type) {
        return appended.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
