package io.algomoex.benchmarks.collector;

import io.algomoex.benchmarks.BenchmarkOptions;
import io.algomoex.collector.adapter.out.persistence.CandleCopyWriter;
import io.algomoex.collector.adapter.out.persistence.JdbcCandleStore;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.StoreOutcome;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * io.algomoex.benchmarks.collector.CandleIngestBenchmark [--jdbc-url=…] [--user=…] [--candles=1000000]
 * [--batch=100000] [--rounds=3]}:
 * ingests generated one-minute candles through the real {@link JdbcCandleStore} (COPY into staging, one upsert per
 * batch, one transaction per batch) and, in the same run, COPYs the same rows into a bare table with no key or
 * constraint, then prints both rates (medians over the rounds; each round also re-ingests the same candles to show
 * the idempotent path). The password comes from {@code ALGO_BENCH_DB_PASSWORD} (default
 * {@code algomoex}), never from the command line. Writes series {@code BENCH<n>:BENCH} and table
 * {@code market.bench_raw_copy}, and removes both afterwards.
 */
public final class CandleIngestBenchmark {

    private static final Instant FIRST = Instant.parse("2000-01-03T07:00:00Z");

    private CandleIngestBenchmark() {}

    public static void main(String[] args) {
        run(args, System.out);
    }

    static void run(String[] args, PrintStream out) {
        Map<String, String> options = BenchmarkOptions.parse(args);
        int candles = Integer.parseInt(options.getOrDefault("candles", "1000000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "100000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(options.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:5432/algomoex"));
        dataSource.setUser(options.getOrDefault("user", "algomoex"));
        dataSource.setPassword(BenchmarkOptions.databasePassword());

        migrate(dataSource);
        List<CandleRow> rows = generate(candles);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcCandleStore store = new JdbcCandleStore(
                jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new CandleCopyWriter(dataSource),
                new SimpleMeterRegistry());
        cleanUp(jdbc);
        try {
            out.printf(
                    "CandleIngestBenchmark: %,d one-minute candles in batches of %,d, %d rounds (medians below)%n",
                    candles, batch, rounds);
            List<Double> raw = new ArrayList<>();
            List<Double> fresh = new ArrayList<>();
            List<Double> repeated = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // Each round writes its own series, so every round ingests into the same kind of range: new data.
                Instrument series = new Instrument("BENCH" + round, "BENCH");
                raw.add(rawCopy(dataSource, rows, batch));
                long[] first = new long[2];
                fresh.add(timed(() -> ingest(store, series, rows, batch, first), candles));
                long[] second = new long[2];
                repeated.add(timed(() -> ingest(store, series, rows, batch, second), candles));
                out.printf(
                        "round %d: raw COPY %,.0f/s, store %,.0f/s (%,d stored), re-run %,.0f/s (%,d stored, %,d"
                                + " duplicates)%n",
                        round, raw.getLast(), fresh.getLast(), first[0], repeated.getLast(), second[0], second[1]);
            }
            double rawRate = median(raw);
            double storeRate = median(fresh);
            out.printf("raw COPY into a bare table     : %,12.0f candles/s%n", rawRate);
            out.printf("JdbcCandleStore, new candles   : %,12.0f candles/s%n", storeRate);
            out.printf(
                    "JdbcCandleStore, same again    : %,12.0f candles/s (idempotent re-run, nothing stored)%n",
                    median(repeated));
            out.printf("store / raw COPY               : %12.1f %%%n", 100 * storeRate / rawRate);
        } finally {
            cleanUp(jdbc);
        }
    }

    private static void ingest(
            JdbcCandleStore store, Instrument series, List<CandleRow> rows, int batch, long[] counts) {
        for (int from = 0; from < rows.size(); from += batch) {
            StoreOutcome outcome = store.store(
                    series, Timeframe.M1, "bench", rows.subList(from, Math.min(from + batch, rows.size())), false);
            counts[0] += outcome.stored();
            counts[1] += outcome.duplicates();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void migrate(PGSimpleDataSource dataSource) {
        // Same placeholders as FlywayConfiguration's defaults; the TimescaleDB part only runs where the extension is.
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("market")
                .defaultSchema("market")
                .createSchemas(true)
                .locations("classpath:db/migration/market")
                .placeholders(Map.of(
                        "compressAfterSeconds", "2592000", "retentionSeconds", "0", "chunkIntervalSeconds", "2592000"))
                .load()
                .migrate();
    }

    /** A random walk that keeps every candle invariant, with two-decimal prices like SBER's. */
    static List<CandleRow> generate(int count) {
        SplittableRandom random = new SplittableRandom(42);
        List<CandleRow> rows = new ArrayList<>(count);
        long cents = 25_000;
        for (int i = 0; i < count; i++) {
            long open = cents;
            long close = Math.max(100, open + random.nextLong(-30, 31));
            long high = Math.max(open, close) + random.nextLong(0, 20);
            long low = Math.max(1, Math.min(open, close) - random.nextLong(0, 20));
            long volume = random.nextLong(0, 100_000);
            rows.add(new CandleRow(
                    i + 1,
                    FIRST.plusSeconds(60L * i),
                    BigDecimal.valueOf(open, 2),
                    BigDecimal.valueOf(high, 2),
                    BigDecimal.valueOf(low, 2),
                    BigDecimal.valueOf(close, 2),
                    volume,
                    BigDecimal.valueOf(close * volume, 2).setScale(2, RoundingMode.UNNECESSARY),
                    false));
            cents = close;
        }
        return rows;
    }

    private static double rawCopy(PGSimpleDataSource dataSource, List<CandleRow> rows, int batch) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS market.bench_raw_copy");
                statement.execute("""
                        CREATE TABLE market.bench_raw_copy (
                            secid text, board text, timeframe text, begin timestamptz, open numeric, high numeric,
                            low numeric, close numeric, volume bigint, value numeric, source text, provisional boolean)
                        """);
            }
            connection.setAutoCommit(false);
            return timed(
                    () -> {
                        try {
                            for (int from = 0; from < rows.size(); from += batch) {
                                CopyIn copy = connection
                                        .unwrap(PGConnection.class)
                                        .getCopyAPI()
                                        .copyIn(
                                                "COPY market.bench_raw_copy (secid, board, timeframe, begin, open, high, low,"
                                                        + " close, volume, value, provisional, source) FROM STDIN");
                                StringBuilder text = new StringBuilder();
                                for (CandleRow row : rows.subList(from, Math.min(from + batch, rows.size()))) {
                                    // The same encoding the store uses, so both sides copy identical bytes.
                                    CandleCopyWriter.appendRow(text, "BENCH\tBENCH\t1m\t", row, "\tbench");
                                }
                                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                                copy.writeToCopy(bytes, 0, bytes.length);
                                copy.endCopy();
                                connection.commit();
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException("raw COPY failed", e);
                        }
                    },
                    rows.size());
        } catch (SQLException e) {
            throw new IllegalStateException("raw COPY failed", e);
        }
    }

    private static double timed(Runnable work, int candles) {
        long started = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        return candles / seconds;
    }

    private static void cleanUp(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM market.candles WHERE board = 'BENCH' AND secid LIKE 'BENCH%'")
                .update();
        jdbc.sql("DROP TABLE IF EXISTS market.bench_raw_copy").update();
    }
}
