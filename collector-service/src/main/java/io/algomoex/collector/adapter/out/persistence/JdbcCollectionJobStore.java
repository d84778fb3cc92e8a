package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.application.port.CollectionJobStore;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.CollectionJob;
import io.algomoex.collector.domain.CollectionRequest;
import io.algomoex.collector.domain.CollectionStatus;
import io.algomoex.common.market.Timeframe;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCollectionJobStore implements CollectionJobStore {

    private static final String COLUMNS = """
            id, secid, board, timeframe, date_from, date_till, source, status, resume_from, requests, retries,
            candles_received, candles_stored, duplicates, rejected, error, created_at, updated_at""";

    private final JdbcClient jdbc;

    JdbcCollectionJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(CollectionJob job) {
        CollectionRequest request = job.request();
        jdbc.sql("INSERT INTO market.collection_jobs (" + COLUMNS + """
                        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET
                            board = EXCLUDED.board, status = EXCLUDED.status, resume_from = EXCLUDED.resume_from,
                            requests = EXCLUDED.requests, retries = EXCLUDED.retries,
                            candles_received = EXCLUDED.candles_received,
                            candles_stored = EXCLUDED.candles_stored, duplicates = EXCLUDED.duplicates,
                            rejected = EXCLUDED.rejected, error = EXCLUDED.error, updated_at = EXCLUDED.updated_at
                        """)
                .params(
                        job.id(),
                        request.secid(),
                        request.board(),
                        request.timeframe().code(),
                        Date.valueOf(request.from()),
                        Date.valueOf(request.till()),
                        request.source().code(),
                        job.status().name(),
                        Date.valueOf(job.resumeFrom()),
                        job.requests(),
                        job.retries(),
                        job.candlesReceived(),
                        job.candlesStored(),
                        job.duplicates(),
                        job.rejected(),
                        job.error(),
                        Timestamp.from(job.createdAt()),
                        Timestamp.from(job.updatedAt()))
                .update();
    }

    @Override
    public Optional<CollectionJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM market.collection_jobs WHERE id = ?")
                .param(id)
                .query((row, number) -> toJob(row))
                .optional();
    }

    @Override
    public List<CollectionJob> running() {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM market.collection_jobs WHERE status = 'RUNNING' ORDER BY created_at")
                .query((row, number) -> toJob(row))
                .list();
    }

    private static CollectionJob toJob(ResultSet row) throws SQLException {
        CollectionRequest request = new CollectionRequest(
                row.getString("secid"),
                row.getString("board"),
                Timeframe.parse(row.getString("timeframe")),
                row.getDate("date_from").toLocalDate(),
                row.getDate("date_till").toLocalDate(),
                CandleSourceName.parseCollectable(row.getString("source")));
        return new CollectionJob(
                row.getObject("id", UUID.class),
                request,
                CollectionStatus.valueOf(row.getString("status")),
                row.getDate("resume_from").toLocalDate(),
                row.getLong("requests"),
                row.getLong("retries"),
                row.getLong("candles_received"),
                row.getLong("candles_stored"),
                row.getLong("duplicates"),
                row.getLong("rejected"),
                row.getString("error"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
