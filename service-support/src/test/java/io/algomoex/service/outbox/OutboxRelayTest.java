package io.algomoex.service.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

class OutboxRelayTest {

    private final TreeMap<Long, OutboxMessage> unsent = new TreeMap<>();
    private final List<Long> published = new ArrayList<>();
    private int refusedAfter = Integer.MAX_VALUE;

    private final OutboxStore store = new OutboxStore() {
        @Override
        public List<OutboxMessage> lockUnsent(int limit) {
            return unsent.values().stream().limit(limit).toList();
        }

        @Override
        public void markSent(long id) {
            unsent.remove(id);
        }
    };

    private void publish(OutboxMessage message) {
        if (published.size() >= refusedAfter) {
            throw new MessageNotConfirmedException("connection refused", null);
        }
        published.add(message.id());
    }

    private void store(int count) {
        for (int i = 0; i < count; i++) {
            long id = unsent.size() + published.size() + 1L;
            unsent.put(id, new OutboxMessage(id, UUID.randomUUID(), "algo.events", "trading.resumed", body()));
        }
    }

    private static byte[] body() {
        return "{}".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsMessagesThatWereNotConfirmedAndSendsThemInOrderLater() {
        OutboxRelay relay = new OutboxRelay(store, this::publish, TransactionOperations.withoutTransaction(), 10);
        store(3);
        refusedAfter = 0;

        assertThat(relay.relay()).isZero();
        assertThat(unsent).hasSize(3);

        refusedAfter = Integer.MAX_VALUE;
        assertThat(relay.relay()).isEqualTo(3);
        assertThat(published).containsExactly(1L, 2L, 3L);
        assertThat(unsent).isEmpty();
    }

    @Test
    void aFailureMidwayStopsTheRunAndTheNextRunResumesFromTheRefusedMessage() {
        OutboxRelay relay = new OutboxRelay(store, this::publish, TransactionOperations.withoutTransaction(), 2);
        store(5);
        refusedAfter = 3;

        assertThat(relay.relay()).isEqualTo(3);
        assertThat(unsent.keySet()).containsExactly(4L, 5L);

        refusedAfter = Integer.MAX_VALUE;
        assertThat(relay.relay()).isEqualTo(2);
        assertThat(published).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void relaysEveryBatchUntilTheOutboxIsEmpty() {
        OutboxRelay relay = new OutboxRelay(store, this::publish, TransactionOperations.withoutTransaction(), 4);
        store(10);

        assertThat(relay.relay()).isEqualTo(10);
        assertThat(unsent).isEmpty();
    }
}
