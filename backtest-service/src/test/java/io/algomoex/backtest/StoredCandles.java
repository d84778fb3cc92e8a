package io.algomoex.backtest;

import io.algomoex.engine.model.BarSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hourly SBER:TQBR candles in {@code market.candles}: a seeded random walk on a 0.01 price grid with a slow swing, so
 * an SMA cross trades a few dozen times, from 2024-01-03 10:00 Moscow. The collector owns the table; this creates the
 * columns this service reads, as the collector's V1 migration defines them, and drops the table again.
 */
final class StoredCandles {

    // 2024-01-03 10:00 Moscow; hourly bars from there.
    static final long FIRST = Instant.parse("2024-01-03T07:00:00Z").getEpochSecond();

    final long[] times;
    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;

    private final JdbcClient jdbc;

    private StoredCandles(JdbcClient jdbc, int bars) {
        this.jdbc = jdbc;
        times = new long[bars];
        open = new double[bars];
        high = new double[bars];
        low = new double[bars];
        close = new double[bars];
        volume = new double[bars];
    }

    /** Stores {@code count} candles and returns them as the engine reads them. */
    static BarSeries store(JdbcClient jdbc, int count, long seed) {
        return insert(jdbc, count, seed).series();
    }

    static StoredCandles insert(JdbcClient jdbc, int bars, long seed) {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS market").update();
        jdbc.sql("""
                        CREATE TABLE IF NOT EXISTS market.candles (
                            secid text NOT NULL, board text NOT NULL, timeframe text NOT NULL,
                            begin timestamptz NOT NULL, open numeric NOT NULL, high numeric NOT NULL,
                            low numeric NOT NULL, close numeric NOT NULL, volume bigint NOT NULL, value numeric,
                            source text NOT NULL DEFAULT 'test', provisional boolean NOT NULL DEFAULT false,
                            PRIMARY KEY (secid, board, timeframe, begin))
                        """).update();
        StoredCandles candles = new StoredCandles(jdbc, bars);
        Random random = new Random(seed);
        BigDecimal price = new BigDecimal("270.00");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < bars; i++) {
            // A swing of about +-6 roubles per 200 bars under the noise gives the averages something to cross on.
            long drift = Math.round(4 * Math.sin(2 * Math.PI * i / 200.0));
            BigDecimal o = price;
            BigDecimal c = o.add(BigDecimal.valueOf(random.nextInt(201) - 100 + drift, 2))
                    .max(new BigDecimal("1.00"));
            BigDecimal h = o.max(c).add(BigDecimal.valueOf(random.nextInt(30), 2));
            BigDecimal l =
                    o.min(c).subtract(BigDecimal.valueOf(random.nextInt(30), 2)).max(new BigDecimal("0.50"));
            candles.times[i] = FIRST + 3600L * i;
            candles.open[i] = o.doubleValue();
            candles.high[i] = h.doubleValue();
            candles.low[i] = l.doubleValue();
            candles.close[i] = c.doubleValue();
            candles.volume[i] = 1000 + i;
            rows.append(i == 0 ? "" : ",")
                    .append("('SBER','TQBR','1h','")
                    .append(Instant.ofEpochSecond(candles.times[i]))
                    .append("',")
                    .append(o.toPlainString())
                    .append(',')
                    .append(h.toPlainString())
                    .append(',')
                    .append(l.toPlainString())
                    .append(',')
                    .append(c.toPlainString())
                    .append(',')
                    .append(1000 + i)
                    .append(",'test')");
            price = c.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (bars > 0) {
            jdbc.sql("INSERT INTO market.candles (secid, board, timeframe, begin, open, high, low, close, volume,"
                            + " source) VALUES " + rows)
                    .update();
        }
        return candles;
    }

    int size() {
        return times.length;
    }

    BarSeries series() {
        return BarSeries.of(times, open, high, low, close, volume);
    }

    /** Drops the candles and the runs made over them. */
    void drop() {
        drop(jdbc);
        jdbc.sql("DELETE FROM backtest.runs").update();
    }

    static void drop(JdbcClient jdbc) {
        jdbc.sql("DROP TABLE IF EXISTS market.candles").update();
    }
}
