package io.algomoex.trading.application;

import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.EventType;
import io.algomoex.trading.application.port.EventOutbox;
import io.algomoex.trading.application.port.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Keeps appended payloads; unsent messages carry the payload's type as body, enough for relay tests. */
class RecordingOutbox implements EventOutbox {

    private final List<EventPayload> appended = new ArrayList<>();
    private final Set<Long> sent = new HashSet<>();

    @Override
    public void append(EventPayload payload) {
        appended.add(payload);
    }

    @Override
    public List<OutboxMessage> unsent(int limit) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < appended.size() && messages.size() < limit; i++) {
            if (!sent.contains((long) i)) {
                EventType type = appended.get(i).type();
                messages.add(new OutboxMessage(
                        i,
                        UUID.nameUUIDFromBytes(Integer.toString(i).getBytes(StandardCharsets.UTF_8)),
                        type.exchange(),
                        type.routingKey(),
                        type.routingKey().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return messages;
    }

    @Override
    public void markSent(long id) {
        sent.add(id);
    }

    List<EventPayload> appended() {
        return List.copyOf(appended);
    }

    <P extends EventPayload> List<P> appended(Class<P> type) {
        return appended.stream().filter(type::isInstance).map(type::cast).toList();
    }

    int sentCount() {
        return sent.size();
    }
}
