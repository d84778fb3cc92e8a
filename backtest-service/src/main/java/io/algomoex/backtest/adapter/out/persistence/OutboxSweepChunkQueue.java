package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.port.SweepChunkQueue;
import io.algomoex.common.event.Exchanges;
import io.algomoex.service.outbox.JdbcOutboxTable;
import io.algomoex.service.outbox.OutboxRelay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** Sweep chunks as work messages {@code {"sweepId": …, "chunk": …}} in {@code backtest.outbox}. */
@Repository
class OutboxSweepChunkQueue implements SweepChunkQueue {

    private final JdbcOutboxTable table;
    private final OutboxRelay relay;

    OutboxSweepChunkQueue(JdbcOutboxTable table, OutboxRelay relay) {
        this.table = table;
        this.relay = relay;
    }

    @Override
    public void append(UUID sweepId, int chunkIndex) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sweepId", sweepId.toString());
        body.put("chunk", chunkIndex);
        table.insertWork(Exchanges.SWEEP_CHUNKS_QUEUE, body);
    }

    @Override
    public void relaySoon() {
        relay.relaySoon();
    }
}
