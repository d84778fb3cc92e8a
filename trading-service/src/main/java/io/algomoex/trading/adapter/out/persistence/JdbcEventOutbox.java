package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.service.outbox.JdbcOutboxTable;
import io.algomoex.trading.application.port.EventOutbox;
import java.time.Clock;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Events as envelopes in {@code trading.outbox}, in the caller's transaction. */
@Repository
class JdbcEventOutbox implements EventOutbox {

    static final String SOURCE = "trading-service";

    private final JdbcOutboxTable table;
    private final JsonMapper json;
    private final Clock clock;

    JdbcEventOutbox(JdbcOutboxTable table, JsonMapper json, Clock clock) {
        this.table = table;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void append(EventPayload payload) {
        EventEnvelope<EventPayload> envelope = EventEnvelope.wrap(payload, SOURCE, clock);
        table.insert(
                envelope.eventId(),
                envelope.type().exchange(),
                envelope.routingKey(),
                json.writeValueAsString(envelope));
    }
}
