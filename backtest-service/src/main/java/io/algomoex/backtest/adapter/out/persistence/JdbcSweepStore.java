package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.SweepJob;
import io.algomoex.backtest.application.port.SweepStore;
import io.algomoex.backtest.domain.ComputedCombination;
import io.algomoex.backtest.domain.Page;
import io.algomoex.backtest.domain.RankedEntry;
import io.algomoex.backtest.domain.SweepKind;
import io.algomoex.backtest.domain.SweepStatus;
import io.algomoex.backtest.domain.WalkForwardReport;
import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.sweep.SweepEntry;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcSweepStore implements SweepStore {

    private static final TypeReference<List<RankedEntry>> TOP = new TypeReference<>() {};
    private static final String ACTIVE = "status IN ('QUEUED', 'RUNNING')";
    private static final String COLUMNS = """
            id, kind, request::text AS request, status, combinations, chunk_count, completed, bars, error, created_at,
            computing_since, finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    JdbcSweepStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @Override
    public void create(SweepJob job, List<Chunk> chunks) {
        jdbc.sql("""
                        INSERT INTO backtest.sweeps (id, kind, request, status, combinations, chunk_count, bars, created_at)
                        VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                        """)
                .params(
                        job.id(),
                        job.kind().code(),
                        json.writeValueAsString(StoredSweepRequest.of(job.request(), job.walkForward())),
                        job.status().name(),
                        job.combinations(),
                        job.chunkCount(),
                        job.bars(),
                        Timestamp.from(job.createdAt()))
                .update();
        batch.batchUpdate(
                """
                INSERT INTO backtest.sweep_chunks (sweep_id, chunk_index, first_combination, combos, status)
                VALUES (?, ?, ?, ?, 'PENDING')
                """,
                chunks.stream()
                        .map(chunk -> new Object[] {job.id(), chunk.index(), chunk.first(), chunk.combinations()})
                        .toList());
    }

    @Override
    public Optional<SweepJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + ", result::text AS result FROM backtest.sweeps WHERE id = ?")
                .param(id)
                .query((row, number) -> toJob(row, true))
                .optional();
    }

    @Override
    public Page<SweepJob> list(String kind, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM backtest.sweeps WHERE kind = ?")
                .param(kind)
                .query(Long.class)
                .single();
        List<SweepJob> items = jdbc.sql("SELECT " + COLUMNS + " FROM backtest.sweeps WHERE kind = ?"
                        + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(kind, size, (long) page * size)
                .query((row, number) -> toJob(row, false))
                .list();
        return new Page<>(items, page, size, total);
    }

    @Override
    public Optional<Chunk> chunk(UUID id, int chunkIndex) {
        return jdbc.sql("""
                        SELECT chunk_index, first_combination, combos, status FROM backtest.sweep_chunks
                        WHERE sweep_id = ? AND chunk_index = ?
                        """)
                .params(id, chunkIndex)
                .query((row, number) -> new Chunk(
                        row.getInt("chunk_index"),
                        row.getInt("first_combination"),
                        row.getInt("combos"),
                        "DONE".equals(row.getString("status"))))
                .optional();
    }

    @Override
    public Optional<SweepStatus> lockStatus(UUID id) {
        return jdbc.sql("SELECT status FROM backtest.sweeps WHERE id = ? FOR UPDATE")
                .param(id)
                .query((row, number) -> SweepStatus.valueOf(row.getString("status")))
                .optional();
    }

    @Override
    public boolean completeChunk(UUID id, int chunkIndex, String computedBy, Instant at) {
        return jdbc.sql("""
                        UPDATE backtest.sweep_chunks SET status = 'DONE', computed_by = ?, completed_at = ?
                        WHERE sweep_id = ? AND chunk_index = ? AND status = 'PENDING'
                        """)
                        .params(computedBy, Timestamp.from(at), id, chunkIndex)
                        .update()
                == 1;
    }

    @Override
    public void storeResults(UUID id, int chunkIndex, List<SweepEntry> entries) {
        batch.batchUpdate(
                """
                INSERT INTO backtest.sweep_results (sweep_id, fast, slow, chunk_index, objective, trades, final_value,
                                                    metrics)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::float8[])
                ON CONFLICT (sweep_id, fast, slow) DO NOTHING
                """,
                entries.stream()
                        .map(entry -> new Object[] {
                            id,
                            entry.fast(),
                            entry.slow(),
                            chunkIndex,
                            entry.score(),
                            entry.metrics().trades(),
                            BigDecimal.valueOf(entry.finalValue()),
                            MetricsArray.write(entry.metrics())
                        })
                        .toList());
    }

    @Override
    public int addCompleted(UUID id, int combinations) {
        return jdbc.sql("""
                        UPDATE backtest.sweeps SET completed = completed + ?, status = 'RUNNING'
                        WHERE id = ? RETURNING completed
                        """).params(combinations, id).query(Integer.class).single();
    }

    @Override
    public List<SweepEntry> entries(UUID id) {
        return jdbc.sql("""
                        SELECT fast, slow, objective, final_value, metrics::text AS metrics FROM backtest.sweep_results
                        WHERE sweep_id = ?
                        """)
                .param(id)
                .query((row, number) -> new SweepEntry(
                        row.getInt("fast"),
                        row.getInt("slow"),
                        row.getDouble("objective"),
                        row.getBigDecimal("final_value").doubleValue(),
                        MetricsArray.read(row.getString("metrics"))))
                .list();
    }

    @Override
    public List<ComputedCombination> results(UUID id) {
        return jdbc.sql("""
                        SELECT fast, slow, objective, trades, final_value FROM backtest.sweep_results
                        WHERE sweep_id = ? ORDER BY fast, slow
                        """)
                .param(id)
                .query((row, number) -> {
                    double objective = row.getDouble("objective");
                    return new ComputedCombination(
                            row.getInt("fast"),
                            row.getInt("slow"),
                            Double.isFinite(objective) ? objective : null,
                            row.getInt("trades"),
                            row.getBigDecimal("final_value").doubleValue());
                })
                .list();
    }

    @Override
    public boolean finishSweep(UUID id, List<RankedEntry> top, Instant at) {
        return jdbc.sql("""
                        UPDATE backtest.sweeps SET status = 'SUCCEEDED', result = ?::jsonb, finished_at = ?
                        WHERE id = ? AND status = 'RUNNING' AND completed = combinations
                        """)
                        .params(json.writeValueAsString(top), Timestamp.from(at), id)
                        .update()
                == 1;
    }

    @Override
    public boolean finishWalkForward(UUID id, WalkForwardReport report, Instant at) {
        return jdbc.sql("UPDATE backtest.sweeps SET status = 'SUCCEEDED', result = ?::jsonb, finished_at = ?"
                                + " WHERE id = ? AND " + ACTIVE)
                        .params(json.writeValueAsString(report), Timestamp.from(at), id)
                        .update()
                == 1;
    }

    @Override
    public boolean fail(UUID id, String error, Instant at) {
        return jdbc.sql("UPDATE backtest.sweeps SET status = 'FAILED', error = ?, finished_at = ? WHERE id = ? AND "
                                + ACTIVE)
                        .params(error, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    @Override
    public boolean cancel(UUID id, Instant at) {
        return jdbc.sql("UPDATE backtest.sweeps SET status = 'CANCELLED', finished_at = ? WHERE id = ? AND " + ACTIVE)
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    @Override
    public void markComputing(UUID id, Instant at) {
        jdbc.sql("UPDATE backtest.sweeps SET computing_since = ? WHERE id = ? AND computing_since IS NULL")
                .params(Timestamp.from(at), id)
                .update();
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM backtest.sweeps WHERE created_at < ? AND NOT " + ACTIVE)
                .param(Timestamp.from(cutoff))
                .update();
    }

    private SweepJob toJob(ResultSet row, boolean withResult) throws SQLException {
        SweepKind kind = SweepKind.of(row.getString("kind"));
        StoredSweepRequest request = json.readValue(row.getString("request"), StoredSweepRequest.class);
        String result = withResult ? row.getString("result") : null;
        Timestamp finishedAt = row.getTimestamp("finished_at");
        Timestamp computingSince = row.getTimestamp("computing_since");
        return new SweepJob(
                row.getObject("id", UUID.class),
                kind,
                request.toRequest(),
                request.toWalkForward(),
                SweepStatus.valueOf(row.getString("status")),
                row.getInt("combinations"),
                row.getInt("chunk_count"),
                row.getInt("completed"),
                row.getInt("bars"),
                row.getString("error"),
                row.getTimestamp("created_at").toInstant(),
                computingSince == null ? null : computingSince.toInstant(),
                finishedAt == null ? null : finishedAt.toInstant(),
                result != null && kind == SweepKind.SWEEP ? json.readValue(result, TOP) : List.of(),
                result != null && kind == SweepKind.WALK_FORWARD
                        ? json.readValue(result, WalkForwardReport.class)
                        : null);
    }

    /** The engine's metrics as a PostgreSQL {@code float8[]} literal, in the order of the record's components. */
    static final class MetricsArray {

        private MetricsArray() {}

        static String write(Metrics m) {
            double[] values = {
                m.totalReturnPercent(),
                m.cagrPercent(),
                m.sharpe(),
                m.sortino(),
                m.maxDrawdownPercent(),
                m.maxDrawdownMoney(),
                m.maxDrawdownBars(),
                m.trades(),
                m.winRatePercent(),
                m.profitFactor(),
                m.averageTrade(),
                m.exposurePercent(),
                m.commissionPaid()
            };
            StringBuilder literal = new StringBuilder("{");
            for (int i = 0; i < values.length; i++) {
                // Double.toString is the shortest text that reads back as the same double; NaN and Infinity too.
                literal.append(i == 0 ? "" : ",").append(values[i]);
            }
            return literal.append('}').toString();
        }

        static Metrics read(String literal) {
            String[] parts = literal.substring(1, literal.length() - 1).split(",");
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i]);
            }
            return new Metrics(
                    v[0], v[1], v[2], v[3], v[4], v[5], (int) v[6], (int) v[7], v[8], v[9], v[10], v[11], v[12]);
        }
    }
}
