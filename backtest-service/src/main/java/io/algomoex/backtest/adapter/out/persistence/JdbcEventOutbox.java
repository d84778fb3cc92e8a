package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.port.EventOutbox;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.Exchanges;
import io.algomoex.service.outbox.JdbcOutboxTable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** Events as envelopes and sweep work as chunk messages in {@code backtest.outbox}, in the caller's transaction. */
@Repository
class JdbcEventOutbox implements EventOutbox {

    static final String SOURCE = "backtest-service";

    private final JdbcOutboxTable table;

    JdbcEventOutbox(JdbcOutboxTable table) {
        this.table = table;
    }

    @Override
    public void appendEvent(EventPayload payload) {
        table.insertEvent(payload, SOURCE);
    }

    @Override
    public void appendChunk(UUID sweepId, int chunkIndex) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sweepId", sweepId.toString());
        body.put("chunk", chunkIndex);
        table.insertWork(Exchanges.SWEEP_CHUNKS_QUEUE, body);
    }

    @Override
    public int deleteSentBefore(Instant cutoff) {
        return table.deleteSentBefore(cutoff);
    }
}
