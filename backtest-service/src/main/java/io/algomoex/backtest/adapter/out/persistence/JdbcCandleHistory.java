package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.application.port.CandleHistory;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the collector's {@code market.candles}; this service never writes there. */
@Repository
class JdbcCandleHistory implements CandleHistory {

    private final JdbcClient jdbc;

    JdbcCandleHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StoredBars load(Instrument instrument, Timeframe timeframe, Instant from, Instant until) {
        if (!marketSchemaExists()) {
            return new StoredBars(
                    new long[0], new double[0], new double[0], new double[0], new double[0], new double[0]);
        }
        List<double[]> rows = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        jdbc.sql("""
                        SELECT begin, open, high, low, close, volume
                        FROM market.candles
                        WHERE secid = ? AND board = ? AND timeframe = ? AND begin >= ? AND begin < ?
                          AND NOT provisional
                        ORDER BY begin
                        """)
                .params(
                        instrument.secid(),
                        instrument.board(),
                        timeframe.code(),
                        Timestamp.from(from),
                        Timestamp.from(until))
                .query(row -> {
                    times.add(row.getTimestamp("begin").toInstant().getEpochSecond());
                    rows.add(new double[] {
                        row.getBigDecimal("open").doubleValue(),
                        row.getBigDecimal("high").doubleValue(),
                        row.getBigDecimal("low").doubleValue(),
                        row.getBigDecimal("close").doubleValue(),
                        row.getLong("volume")
                    });
                });
        int n = rows.size();
        long[] begin = new long[n];
        double[][] columns = new double[5][n];
        for (int i = 0; i < n; i++) {
            begin[i] = times.get(i);
            for (int column = 0; column < 5; column++) {
                columns[column][i] = rows.get(i)[column];
            }
        }
        return new StoredBars(begin, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }

    @Override
    public boolean knows(String secid) {
        return marketSchemaExists()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM market.candles WHERE secid = ?)")
                        .param(secid)
                        .query(Boolean.class)
                        .single();
    }

    /** The collector creates {@code market.candles}; until it has run once there is simply no market data. */
    private boolean marketSchemaExists() {
        return jdbc.sql("SELECT to_regclass('market.candles') IS NOT NULL")
                .query(Boolean.class)
                .single();
    }
}
