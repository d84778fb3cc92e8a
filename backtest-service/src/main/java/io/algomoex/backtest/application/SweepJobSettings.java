package io.algomoex.backtest.application;

import java.util.Objects;

/**
 * How this replica takes part in sweeps.
 *
 * @param chunkSize combinations per chunk on the work queue, at least 1
 * @param threads engine threads for moving averages and walk-forward, at least 1
 * @param instanceId this replica's name, recorded with every chunk it computes
 * @param cachedSeries sweeps whose prepared candles this replica keeps, at least 1
 * @param publicUrl base URL of the report pages, without a trailing slash, for event links
 * @param relayBatchSize outbox messages published per transaction, at least 1
 */
public record SweepJobSettings(
        int chunkSize, int threads, String instanceId, int cachedSeries, String publicUrl, int relayBatchSize) {

    public SweepJobSettings {
        if (chunkSize < 1 || threads < 1 || cachedSeries < 1 || relayBatchSize < 1) {
            throw new IllegalArgumentException("chunk size, threads, cached series and relay batch must be positive");
        }
        if (instanceId == null || instanceId.isBlank()) {
            throw new IllegalArgumentException("instanceId is required");
        }
        Objects.requireNonNull(publicUrl, "publicUrl is required");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
