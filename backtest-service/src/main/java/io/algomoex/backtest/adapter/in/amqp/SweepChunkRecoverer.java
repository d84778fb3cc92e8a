package io.algomoex.backtest.adapter.in.amqp;

import io.algomoex.backtest.application.ComputeSweepChunk;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happens to a chunk message after the listener's last retry: its sweep is marked FAILED (it could never
 * complete without the chunk), then the message is rejected without requeue, which dead-letters it to
 * {@code backtest.sweep.chunks.dlq}.
 */
@Component
class SweepChunkRecoverer implements MessageRecoverer {

    private static final Logger log = LoggerFactory.getLogger(SweepChunkRecoverer.class);

    private final JsonMapper json;
    private final ComputeSweepChunk computeSweepChunk;
    private final MessageRecoverer reject = new RejectAndDontRequeueRecoverer();

    SweepChunkRecoverer(JsonMapper json, ComputeSweepChunk computeSweepChunk) {
        this.json = json;
        this.computeSweepChunk = computeSweepChunk;
    }

    @Override
    public void recover(Message message, Throwable cause) {
        try {
            JsonNode body = json.readTree(message.getBody());
            UUID sweepId = UUID.fromString(body.required("sweepId").asString());
            int chunk = body.required("chunk").asInt();
            computeSweepChunk.abandon(sweepId, chunk, rootMessage(cause));
        } catch (RuntimeException e) {
            // Not a chunk at all, or the database is still down: the dead-letter queue keeps the message either way.
            log.warn(
                    "Could not mark the sweep of dead-lettered message {} failed: {}",
                    message.getMessageProperties().getMessageId(),
                    e.getMessage());
        }
        reject.recover(message, cause);
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
