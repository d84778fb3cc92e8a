package io.algomoex.service.outbox;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Publishes outbox messages in the order they were stored, marking each sent only after the broker confirmed it. Each
 * batch holds its rows locked, so replicas relaying at the same time publish different messages; within one process
 * one relay runs at a time, so messages leave in order. The first failure stops the run; the next run starts again
 * from that message.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore outbox;
    private final MessagePublisher publisher;
    private final TransactionOperations transactions;
    private final int batchSize;
    private final AtomicBoolean pending = new AtomicBoolean();

    /** @param batchSize messages published and marked sent per transaction, at least 1 */
    public OutboxRelay(
            OutboxStore outbox, MessagePublisher publisher, TransactionOperations transactions, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        this.outbox = outbox;
        this.publisher = publisher;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    /**
     * Relays on a virtual thread of its own, so that a request or a consumer never waits for RabbitMQ (which may be
     * down: the messages are safe in the outbox and the scheduled relay retries). A call while a relay is already
     * pending adds nothing.
     */
    public void relaySoon() {
        if (pending.compareAndSet(false, true)) {
            Thread.ofVirtual().name("outbox-relay").start(() -> {
                pending.set(false);
                try {
                    relay();
                } catch (RuntimeException e) {
                    log.warn("Outbox relay failed, the scheduled relay will retry: {}", e.getMessage());
                }
            });
        }
    }

    /**
     * Publishes waiting messages until none is left or one is not confirmed.
     *
     * @return how many were published and marked sent
     */
    public synchronized int relay() {
        int total = 0;
        while (true) {
            Batch batch = transactions.execute(status -> relayBatch());
            total += batch.sent();
            if (batch.stopped() || batch.sent() < batchSize) {
                return total;
            }
        }
    }

    private Batch relayBatch() {
        int sent = 0;
        for (OutboxMessage message : outbox.lockUnsent(batchSize)) {
            try {
                publisher.publishConfirmed(message);
            } catch (MessageNotConfirmedException e) {
                log.warn(
                        "Message {} ({}) not confirmed, will retry: {}",
                        message.messageId(),
                        message.routingKey(),
                        e.getMessage());
                return new Batch(sent, true);
            }
            outbox.markSent(message.id());
            sent++;
        }
        return new Batch(sent, false);
    }

    /** Messages marked sent in one transaction, and whether a failure stopped the run. */
    private record Batch(int sent, boolean stopped) {}
}
