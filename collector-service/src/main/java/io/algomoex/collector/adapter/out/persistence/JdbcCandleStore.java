package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.application.port.CandleStore;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.RejectedCandle;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.collector.domain.StoredSeries;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code market.candles} through JDBC. Writes go through {@link CandleCopyWriter} (COPY into a staging table, then one
 * upsert) inside one transaction per batch; reads of a timeframe not stored natively are aggregated by {@link
 * CandleResampling}.
 */
@Repository
public class JdbcCandleStore implements CandleStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CandleCopyWriter writer;
    private final Counter storedCounter;
    private final Counter rejectedCounter;

    public JdbcCandleStore(
            JdbcClient jdbc, TransactionTemplate transactions, CandleCopyWriter writer, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writer = writer;
        this.storedCounter = Counter.builder("collector.candles.stored")
                .description("Candles inserted or changed in market.candles")
                .register(meters);
        this.rejectedCounter = Counter.builder("collector.candles.rejected")
                .description("Candle rows rejected because they break a candle invariant")
                .register(meters);
    }

    @Override
    public List<StoredSeries> storedSeries() {
        return jdbc.sql("""
                        SELECT secid, board, timeframe, min(begin) AS first_begin, max(begin) AS last_begin,
                               count(*) AS candles
                        FROM market.candles
                        GROUP BY secid, board, timeframe
                        ORDER BY secid, board, timeframe
                        """).query((row, number) -> toSeries(row)).list().stream()
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public StoreOutcome store(
            Instrument instrument, Timeframe timeframe, String source, List<CandleRow> rows, boolean reportChanged) {
        List<RejectedCandle> rejected = new ArrayList<>();
        List<CandleRow> valid = new ArrayList<>(rows.size());
        // Sources deliver rows in time order, where a repeat can only follow its twin; the set is for the rest.
        Set<Instant> seen = null;
        Instant latest = null;
        long repeated = 0;
        for (CandleRow row : rows) {
            String violation = row.violation();
            if (violation != null) {
                rejected.add(new RejectedCandle(row.line(), violation));
                continue;
            }
            boolean fresh;
            if (seen == null && (latest == null || row.begin().isAfter(latest))) {
                latest = row.begin();
                fresh = true;
            } else {
                if (seen == null) {
                    seen = new HashSet<>(rows.size() * 2);
                    for (CandleRow earlier : valid) {
                        seen.add(earlier.begin());
                    }
                }
                fresh = seen.add(row.begin());
            }
            if (fresh) {
                valid.add(row);
            } else {
                // Overlapping ISS pages and re-exported files repeat a start; the first row wins.
                repeated++;
            }
        }
        rejectedCounter.increment(rejected.size());
        if (valid.isEmpty()) {
            return new StoreOutcome(0, repeated, rejected, List.of());
        }
        CandleCopyWriter.Written written =
                transactions.execute(status -> writer.write(instrument, timeframe, source, valid, reportChanged));
        storedCounter.increment(written.count());
        long duplicates = repeated + valid.size() - written.count();
        return new StoreOutcome(written.count(), duplicates, rejected, written.changed());
    }

    @Override
    public List<CandleRow> candles(Instrument instrument, Timeframe timeframe, Instant from, Instant till, int limit) {
        boolean native_ = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM market.candles
                                       WHERE secid = ? AND board = ? AND timeframe = ? AND begin >= ? AND begin < ?)
                        """)
                .params(instrument.secid(), instrument.board(), timeframe.code(), ts(from), ts(till))
                .query(Boolean.class)
                .single();
        if (native_) {
            return jdbc.sql("""
                            SELECT begin, open, high, low, close, volume, value, provisional FROM market.candles
                            WHERE secid = ? AND board = ? AND timeframe = ? AND begin >= ? AND begin < ?
                            ORDER BY begin LIMIT ?
                            """)
                    .params(instrument.secid(), instrument.board(), timeframe.code(), ts(from), ts(till), limit)
                    .query((row, number) -> CandleResampling.toRow(row))
                    .list();
        }
        return CandleResampling.finerSource(jdbc, instrument, timeframe, from, till)
                .map(finer -> CandleResampling.aggregate(jdbc, instrument, finer, timeframe, from, till, limit))
                .orElseGet(List::of);
    }

    @Override
    public Optional<Instant> lastBegin(Instrument instrument, Timeframe timeframe) {
        return jdbc.sql("SELECT max(begin) FROM market.candles WHERE secid = ? AND board = ? AND timeframe = ?")
                .params(instrument.secid(), instrument.board(), timeframe.code())
                .query((row, number) -> Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Optional<StoredSeries> toSeries(ResultSet row) throws SQLException {
        Optional<Timeframe> timeframe = Timeframe.fromCode(row.getString("timeframe"));
        if (timeframe.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredSeries(
                new Instrument(row.getString("secid"), row.getString("board")),
                timeframe.get(),
                row.getTimestamp("first_begin").toInstant(),
                row.getTimestamp("last_begin").toInstant(),
                row.getLong("candles")));
    }
}
