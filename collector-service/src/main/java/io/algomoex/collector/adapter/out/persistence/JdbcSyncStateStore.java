package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.application.port.SyncStateStore;
import io.algomoex.collector.domain.WatchedSeries;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSyncStateStore implements SyncStateStore {

    private final JdbcClient jdbc;

    JdbcSyncStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(WatchedSeries series, String source, Instant lastBegin, Instant syncedAt, String error) {
        jdbc.sql("""
                        INSERT INTO market.sync_state (secid, board, timeframe, source, last_begin, last_synced_at, last_error)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (secid, board, timeframe, source) DO UPDATE
                           SET last_begin = EXCLUDED.last_begin, last_synced_at = EXCLUDED.last_synced_at,
                               last_error = EXCLUDED.last_error
                        """)
                .params(
                        series.instrument().secid(),
                        series.instrument().board(),
                        series.timeframe().code(),
                        source,
                        lastBegin == null ? null : Timestamp.from(lastBegin),
                        Timestamp.from(syncedAt),
                        error)
                .update();
    }
}
