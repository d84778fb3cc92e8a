package io.algomoex.backtest.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code algo.backtest.*}.
 *
 * @param publicUrl base URL of the report pages, used in event links ({@code <publicUrl>/backtests/{id}})
 * @param retention how long runs and finished sweeps are kept; {@code 0} keeps them forever
 * @param retentionInterval how often retention runs
 * @param sweep how this replica takes part in sweeps
 * @param outbox how stored events and work messages are relayed to RabbitMQ
 */
@Validated
@ConfigurationProperties("algo.backtest")
public record BacktestProperties(
        @DefaultValue("http://localhost:8082") @NotBlank String publicUrl,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("1h") Duration retentionInterval,
        @Valid @DefaultValue SweepProperties sweep,
        @Valid @DefaultValue OutboxProperties outbox) {

    /**
     * @param chunkSize combinations per message on the {@code backtest.sweep.chunks} work queue
     * @param threads engine threads for moving averages and walk-forward on this replica
     * @param consumers chunks this replica computes at the same time (each consumer has prefetch 1)
     * @param cachedSeries sweeps whose loaded candles this replica keeps in memory
     * @param instanceId this replica's name in {@code sweep_chunks.computed_by}; blank means host name plus a random
     *     suffix
     * @param queueDepthInterval how often the work queue's depth is polled for the gauge
     */
    public record SweepProperties(
            @DefaultValue("100") @Min(1) int chunkSize,
            @DefaultValue("1") @Min(1) int threads,
            @DefaultValue("1") @Min(1) int consumers,
            @DefaultValue("4") @Min(1) int cachedSeries,
            @DefaultValue("") String instanceId,
            @DefaultValue("10s") Duration queueDepthInterval) {}

    /**
     * @param batchSize messages published per transaction
     * @param relayInterval delay between relay runs; messages are also relayed right after they are stored
     */
    public record OutboxProperties(
            @DefaultValue("100") @Min(1) int batchSize,
            @DefaultValue("1s") Duration relayInterval) {}
}
