package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.domain.CandleRow;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes validated, de-duplicated candles of one series: COPY into a per-connection temporary staging table, then a
 * single {@code INSERT … SELECT … ON CONFLICT DO UPDATE} that touches only rows whose values differ. When the series
 * holds nothing in the batch's time range, the batch is new data and is COPYed straight into {@code market.candles}
 * instead (see {@link #anyStored}). Must run inside a
 * transaction (the caller's), so a failure leaves nothing of the batch and the staging rows vanish at commit.
 */
@Component
public class CandleCopyWriter {

    // Only the per-candle columns travel through COPY; secid, board, timeframe and source are constant per batch and
    // go in as parameters of the upsert, which roughly halves the bytes copied.
    private static final String STAGING = """
            CREATE TEMPORARY TABLE IF NOT EXISTS candle_staging (
                begin timestamptz NOT NULL, open numeric NOT NULL, high numeric NOT NULL, low numeric NOT NULL,
                close numeric NOT NULL, volume bigint NOT NULL, value numeric, provisional boolean NOT NULL
            ) ON COMMIT DELETE ROWS""";

    private static final String STAGING_COPY =
            "COPY candle_staging (begin, open, high, low, close, volume, value, provisional) FROM STDIN";

    private static final String DIRECT_COPY = "COPY market.candles (secid, board, timeframe, begin, open, high, low,"
            + " close, volume, value, provisional, source) FROM STDIN";

    private static final String UPSERT = """
            INSERT INTO market.candles AS c
                   (secid, board, timeframe, begin, open, high, low, close, volume, value, source, provisional)
            SELECT ?, ?, ?, s.begin, s.open, s.high, s.low, s.close, s.volume, s.value, ?, s.provisional
            FROM candle_staging s
            ON CONFLICT (secid, board, timeframe, begin) DO UPDATE
               SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
                   volume = EXCLUDED.volume, value = EXCLUDED.value, source = EXCLUDED.source,
                   provisional = EXCLUDED.provisional
               WHERE (c.open, c.high, c.low, c.close, c.volume, c.value, c.provisional)
                     IS DISTINCT FROM
                     (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume, EXCLUDED.value,
                      EXCLUDED.provisional)
            """;

    private static final int FLUSH_BYTES = 1 << 20;
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public CandleCopyWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What the upsert wrote. */
    record Written(long count, List<CandleRow> changed) {}

    Written write(
            Instrument instrument, Timeframe timeframe, String source, List<CandleRow> rows, boolean reportChanged) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!anyStored(connection, instrument, timeframe, rows)) {
                Savepoint fresh = connection.setSavepoint();
                try {
                    String prefix = escape(instrument.secid())
                            + '\t'
                            + escape(instrument.board())
                            + '\t'
                            + timeframe.code()
                            + '\t';
                    copy(connection, DIRECT_COPY, rows, prefix, '\t' + escape(source));
                    connection.releaseSavepoint(fresh);
                    return new Written(rows.size(), reportChanged ? inTimeOrder(rows) : List.of());
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // Another writer stored part of this range after the check: fall back to staging and upsert.
                    connection.rollback(fresh);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGING);
            }
            copy(connection, STAGING_COPY, rows, "", "");
            String returning =
                    reportChanged ? " RETURNING begin, open, high, low, close, volume, value, provisional" : "";
            return upsert(connection, UPSERT + returning, instrument, timeframe, source, reportChanged);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("storing candles of " + instrument + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Whether the series already has a candle between the batch's first and last begin. When it has none, nothing in
     * the batch can conflict, and COPY straight into {@code market.candles} does the upsert's work at about twice its
     * speed: COPY writes heap tuples and WAL in multi-row batches, while {@code INSERT … SELECT … ON CONFLICT} pays a
     * single-row insert plus a speculative-insertion round per candle. A concurrent writer that slips into the range
     * after the check makes the COPY fail on the primary key, and the batch then takes the upsert path.
     */
    private static boolean anyStored(
            Connection connection, Instrument instrument, Timeframe timeframe, List<CandleRow> rows)
            throws SQLException {
        Instant first = rows.getFirst().begin();
        Instant last = first;
        for (CandleRow row : rows) {
            first = row.begin().isBefore(first) ? row.begin() : first;
            last = row.begin().isAfter(last) ? row.begin() : last;
        }
        try (PreparedStatement exists = connection.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM market.candles
                               WHERE secid = ? AND board = ? AND timeframe = ? AND begin >= ? AND begin <= ?)
                """)) {
            exists.setString(1, instrument.secid());
            exists.setString(2, instrument.board());
            exists.setString(3, timeframe.code());
            exists.setTimestamp(4, Timestamp.from(first));
            exists.setTimestamp(5, Timestamp.from(last));
            try (ResultSet result = exists.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Written upsert(
            Connection connection,
            String sql,
            Instrument instrument,
            Timeframe timeframe,
            String source,
            boolean reportChanged)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, instrument.secid());
            statement.setString(2, instrument.board());
            statement.setString(3, timeframe.code());
            statement.setString(4, source);
            if (!reportChanged) {
                return new Written(statement.executeLargeUpdate(), List.of());
            }
            List<CandleRow> changed = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    changed.add(CandleResampling.toRow(result));
                }
            }
            changed.sort(Comparator.comparing(CandleRow::begin));
            return new Written(changed.size(), changed);
        }
    }

    private static void copy(Connection connection, String sql, List<CandleRow> rows, String prefix, String suffix)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder text = new StringBuilder(FLUSH_BYTES + 256);
            for (CandleRow row : rows) {
                appendRow(text, prefix, row, suffix);
                if (text.length() >= FLUSH_BYTES) {
                    send(copy, text);
                }
            }
            send(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Appends one candle as a COPY text row: {@code prefix}, the columns tab-separated, {@code suffix}, a newline. */
    public static void appendRow(StringBuilder text, String prefix, CandleRow row, String suffix) {
        // COPY text format: tab-separated, \N for null; an ISO-8601 instant with 'Z' is a valid timestamptz literal.
        text.append(prefix)
                .append(row.begin())
                .append('\t')
                .append(row.open().toPlainString())
                .append('\t')
                .append(row.high().toPlainString())
                .append('\t')
                .append(row.low().toPlainString())
                .append('\t')
                .append(row.close().toPlainString())
                .append('\t')
                .append(row.volume())
                .append('\t')
                .append(row.value() == null ? "\\N" : row.value().toPlainString())
                .append('\t')
                .append(row.provisional() ? 't' : 'f')
                .append(suffix)
                .append('\n');
    }

    /** COPY text format escapes for a free-text field (secid and board are already restricted to [A-Z0-9._-]). */
    private static String escape(String field) {
        return field.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static List<CandleRow> inTimeOrder(List<CandleRow> rows) {
        List<CandleRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(CandleRow::begin));
        return sorted;
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
