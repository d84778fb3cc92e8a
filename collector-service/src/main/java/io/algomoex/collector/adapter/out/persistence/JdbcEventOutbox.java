package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.application.port.EventOutbox;
import io.algomoex.common.event.EventPayload;
import io.algomoex.service.outbox.JdbcOutboxTable;
import io.algomoex.service.outbox.OutboxRelay;
import org.springframework.stereotype.Repository;

/** Events as envelopes in {@code market.outbox}, in the caller's transaction, relayed by the shared relay. */
@Repository
class JdbcEventOutbox implements EventOutbox {

    static final String SOURCE = "collector-service";

    private final JdbcOutboxTable table;
    private final OutboxRelay relay;

    JdbcEventOutbox(JdbcOutboxTable table, OutboxRelay relay) {
        this.table = table;
        this.relay = relay;
    }

    @Override
    public void append(EventPayload payload) {
        table.insertEvent(payload, SOURCE);
    }

    @Override
    public void relaySoon() {
        relay.relaySoon();
    }
}
