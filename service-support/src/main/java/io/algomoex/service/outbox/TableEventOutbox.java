package io.algomoex.service.outbox;

import io.algomoex.common.event.EventPayload;
import java.time.Instant;

/** {@link EventOutbox} over a service's {@link JdbcOutboxTable}, with that table's {@link OutboxRelay}. */
public final class TableEventOutbox implements EventOutbox {

    private final JdbcOutboxTable table;
    private final OutboxRelay relay;
    private final String source;

    /** @param source the service name written into every envelope, for example {@code trading-service} */
    public TableEventOutbox(JdbcOutboxTable table, OutboxRelay relay, String source) {
        this.table = table;
        this.relay = relay;
        this.source = source;
    }

    @Override
    public void append(EventPayload payload) {
        table.insertEvent(payload, source);
    }

    @Override
    public void relaySoon() {
        relay.relaySoon();
    }

    @Override
    public int deleteSentBefore(Instant cutoff) {
        return table.deleteSentBefore(cutoff);
    }
}
