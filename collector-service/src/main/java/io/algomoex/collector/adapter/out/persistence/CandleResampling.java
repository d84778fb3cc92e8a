package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.domain.CandleRow;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serves a timeframe that is not stored natively (ISS has no 5, 15 or 30 minute candles) by aggregating stored finer
 * candles in SQL: first open, highest high, lowest low, last close, summed volume and turnover per bucket.
 */
final class CandleResampling {

    private CandleResampling() {}

    /** The coarsest stored timeframe finer than {@code target} whose candles fall wholly inside target buckets. */
    static Optional<Timeframe> finerSource(
            JdbcClient jdbc, Instrument instrument, Timeframe target, Instant from, Instant till) {
        List<String> stored = jdbc.sql("""
                        SELECT DISTINCT timeframe FROM market.candles
                        WHERE secid = ? AND board = ? AND begin >= ? AND begin < ?
                        """)
                .params(instrument.secid(), instrument.board(), JdbcCandleStore.ts(from), JdbcCandleStore.ts(till))
                .query(String.class)
                .list();
        return Arrays.stream(Timeframe.values())
                .filter(candidate -> stored.contains(candidate.code()))
                .filter(candidate -> divides(candidate, target))
                .max(Comparator.comparing(Timeframe::ordinal));
    }

    static List<CandleRow> aggregate(
            JdbcClient jdbc,
            Instrument instrument,
            Timeframe source,
            Timeframe target,
            Instant from,
            Instant till,
            int limit) {
        String sql = """
                SELECT %s AS begin,
                       (array_agg(open ORDER BY begin))[1] AS open, max(high) AS high, min(low) AS low,
                       (array_agg(close ORDER BY begin DESC))[1] AS close, sum(volume) AS volume,
                       sum(value) AS value, bool_or(provisional) AS provisional
                FROM market.candles
                WHERE secid = ? AND board = ? AND timeframe = ? AND begin >= ? AND begin < ?
                GROUP BY 1 ORDER BY 1 LIMIT ?
                """.formatted(bucket(target));
        return jdbc.sql(sql)
                .params(
                        instrument.secid(),
                        instrument.board(),
                        source.code(),
                        JdbcCandleStore.ts(from),
                        JdbcCandleStore.ts(till),
                        limit)
                .query((row, number) -> toRow(row))
                .list();
    }

    static CandleRow toRow(ResultSet row) throws SQLException {
        return new CandleRow(
                0,
                row.getTimestamp("begin").toInstant(),
                row.getBigDecimal("open"),
                row.getBigDecimal("high"),
                row.getBigDecimal("low"),
                row.getBigDecimal("close"),
                row.getLong("volume"),
                row.getBigDecimal("value"),
                row.getBoolean("provisional"));
    }

    private static boolean divides(Timeframe finer, Timeframe target) {
        if (finer.ordinal() >= target.ordinal()) {
            return false;
        }
        if (target.isIntraday()) {
            return target.nominalLength().toSeconds() % finer.nominalLength().toSeconds() == 0;
        }
        if (finer.isIntraday() || finer == Timeframe.D1) {
            // Moscow has no DST since 2014, so every intraday bucket lies within one Moscow day.
            return true;
        }
        // A week straddles month and quarter ends; a month fits a quarter.
        return finer == Timeframe.MO1 && target == Timeframe.Q1;
    }

    private static String bucket(Timeframe target) {
        if (target.isIntraday()) {
            long seconds = target.nominalLength().toSeconds();
            return "to_timestamp(floor(extract(epoch FROM begin) / " + seconds + ") * " + seconds + ")";
        }
        String unit = switch (target) {
            case D1 -> "day";
            case W1 -> "week";
            case MO1 -> "month";
            case Q1 -> "quarter";
            default -> throw new IllegalStateException("intraday handled above: " + target);
        };
        // Daily and longer buckets follow the Moscow calendar, like Timeframe.floor.
        return "(date_trunc('" + unit + "', begin AT TIME ZONE 'Europe/Moscow') AT TIME ZONE 'Europe/Moscow')";
    }
}
