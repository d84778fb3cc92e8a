package io.algomoex.backtest;

import io.algomoex.backtest.engine.BarSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hourly SBER:TQBR candles stored in {@code market.candles}, a seeded random walk on a 0.01 price grid from 2024-01-03
 * 10:00 Moscow. The collector owns that table; tests create the columns this service reads, as the collector's V1
 * migration defines them.
 */
final class StoredCandles {

    static final long FIRST = Instant.parse("2024-01-03T07:00:00Z").getEpochSecond();

    private StoredCandles() {}

    /** Stores {@code count} candles and returns them as the engine reads them. */
    static BarSeries store(JdbcClient jdbc, int count, long seed) {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS market").update();
        jdbc.sql("""
                        CREATE TABLE IF NOT EXISTS market.candles (
                            secid text NOT NULL, board text NOT NULL, timeframe text NOT NULL, begin timestamptz NOT NULL,
                            open numeric NOT NULL, high numeric NOT NULL, low numeric NOT NULL, close numeric NOT NULL,
                            volume bigint NOT NULL, value numeric, source text NOT NULL,
                            provisional boolean NOT NULL DEFAULT false,
                            PRIMARY KEY (secid, board, timeframe, begin))
                        """).update();
        Random random = new Random(seed);
        long[] times = new long[count];
        double[][] prices = new double[5][count];
        StringBuilder rows = new StringBuilder();
        BigDecimal price = new BigDecimal("270.00");
        for (int i = 0; i < count; i++) {
            BigDecimal o = price;
            BigDecimal c =
                    o.add(BigDecimal.valueOf(random.nextInt(201) - 100, 2)).max(new BigDecimal("1.00"));
            BigDecimal h = o.max(c).add(BigDecimal.valueOf(random.nextInt(30), 2));
            BigDecimal l =
                    o.min(c).subtract(BigDecimal.valueOf(random.nextInt(30), 2)).max(new BigDecimal("0.50"));
            times[i] = FIRST + 3600L * i;
            prices[0][i] = o.doubleValue();
            prices[1][i] = h.doubleValue();
            prices[2][i] = l.doubleValue();
            prices[3][i] = c.doubleValue();
            prices[4][i] = 1000 + i;
            rows.append(i == 0 ? "" : ",")
                    .append("('SBER','TQBR','1h','")
                    .append(Timestamp.from(Instant.ofEpochSecond(times[i])).toInstant())
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
        jdbc.sql("INSERT INTO market.candles (secid, board, timeframe, begin, open, high, low, close, volume, source)"
                        + " VALUES " + rows)
                .update();
        return BarSeries.of(times, prices[0], prices[1], prices[2], prices[3], prices[4]);
    }

    static void drop(JdbcClient jdbc) {
        jdbc.sql("DROP TABLE IF EXISTS market.candles").update();
    }
}
