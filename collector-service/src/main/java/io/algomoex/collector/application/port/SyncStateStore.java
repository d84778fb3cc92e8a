package io.algomoex.collector.application.port;

import io.algomoex.collector.domain.WatchedSeries;
import java.time.Instant;

/** Where incremental sync of each series stands ({@code market.sync_state}), for operators. */
public interface SyncStateStore {

    /**
     * @param lastBegin newest stored candle, or {@code null} when there is none
     * @param error why the sync failed, or {@code null} after a successful one
     */
    void record(WatchedSeries series, String source, Instant lastBegin, Instant syncedAt, String error);
}
