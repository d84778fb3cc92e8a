package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.common.event.EventPayload;
import io.algomoex.service.outbox.JdbcOutboxTable;
import io.algomoex.trading.application.port.EventOutbox;
import org.springframework.stereotype.Repository;

/** Events as envelopes in {@code trading.outbox}, in the caller's transaction. */
@Repository
class JdbcEventOutbox implements EventOutbox {

    static final String SOURCE = "trading-service";

    private final JdbcOutboxTable table;

    JdbcEventOutbox(JdbcOutboxTable table) {
        this.table = table;
    }

    @Override
    public void append(EventPayload payload) {
        table.insertEvent(payload, SOURCE);
    }
}
