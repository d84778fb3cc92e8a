package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.port.EventOutbox;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.Exchanges;
import io.algomoex.service.outbox.JdbcOutboxTable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Events as envelopes and sweep work as chunk messages in {@code backtest.outbox}, in the caller's transaction. */
@Repository
class JdbcEventOutbox implements EventOutbox {

    static final String SOURCE = "backtest-service";

    private final JdbcOutboxTable table;
    private final JsonMapper json;
    private final Clock clock;

    JdbcEventOutbox(JdbcOutboxTable table, JsonMapper json, Clock clock) {
        this.table = table;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void appendEvent(EventPayload payload) {
        EventEnvelope<EventPayload> envelope = EventEnvelope.wrap(payload, SOURCE, clock);
        table.insert(
                envelope.eventId(),
                envelope.type().exchange(),
                envelope.routingKey(),
                json.writeValueAsString(envelope));
    }

    @Override
    public void appendChunk(UUID sweepId, int chunkIndex) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sweepId", sweepId.toString());
        body.put("chunk", chunkIndex);
        // The default exchange routes by queue name straight to the work queue.
        table.insert(UUID.randomUUID(), "", Exchanges.SWEEP_CHUNKS_QUEUE, json.writeValueAsString(body));
    }

    @Override
    public int deleteSentBefore(Instant cutoff) {
        return table.deleteSentBefore(cutoff);
    }
}
