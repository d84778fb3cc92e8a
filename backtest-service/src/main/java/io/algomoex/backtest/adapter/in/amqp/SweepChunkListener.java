package io.algomoex.backtest.adapter.in.amqp;

import io.algomoex.backtest.application.ComputeSweepChunk;
import io.algomoex.backtest.application.port.BacktestMetrics;
import io.algomoex.common.event.Exchanges;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes sweep chunks from the {@code backtest.sweep.chunks} work queue, one at a time per consumer (prefetch 1). The
 * container acknowledges after {@link ComputeSweepChunk} returned, that is after the chunk's results were committed;
 * a replica that dies mid-chunk leaves the message unacknowledged and RabbitMQ gives it to another replica. A message
 * that is not a chunk, or that still fails after the bounded retries, goes to the dead-letter queue.
 */
@Component
class SweepChunkListener {

    private static final Logger log = LoggerFactory.getLogger(SweepChunkListener.class);

    private final JsonMapper json;
    private final ComputeSweepChunk computeSweepChunk;
    private final BacktestMetrics metrics;

    SweepChunkListener(JsonMapper json, ComputeSweepChunk computeSweepChunk, BacktestMetrics metrics) {
        this.json = json;
        this.computeSweepChunk = computeSweepChunk;
        this.metrics = metrics;
    }

    @RabbitListener(
            queues = Exchanges.SWEEP_CHUNKS_QUEUE,
            id = "sweep-chunks",
            concurrency = "${algo.backtest.sweep.consumers:1}")
    void onChunk(Message message) {
        UUID sweepId;
        int chunk;
        try {
            JsonNode body = json.readTree(message.getBody());
            sweepId = UUID.fromString(body.required("sweepId").asString());
            chunk = body.required("chunk").asInt();
        } catch (JacksonException | IllegalArgumentException e) {
            metrics.chunkFailed();
            log.warn(
                    "Dead-lettering message {}: not a sweep chunk ({})",
                    message.getMessageProperties().getMessageId(),
                    e.getMessage());
            throw new AmqpRejectAndDontRequeueException(e.getMessage(), e);
        }
        try {
            ComputeSweepChunk.Outcome outcome = computeSweepChunk.compute(sweepId, chunk);
            log.debug("Chunk {} of {}: {}", chunk, sweepId, outcome);
        } catch (RuntimeException e) {
            metrics.chunkFailed();
            throw e;
        }
    }
}
