package io.algomoex.benchmarks.trading;

import io.algomoex.benchmarks.BenchmarkOptions;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.TradingServiceApplication;
import io.algomoex.trading.application.ActOnClosedCandle;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * io.algomoex.benchmarks.trading.CandleToOrderBenchmark [--jdbc-url=…] [--user=…] [--candles=10000] [--warmup=2000]
 * [--seed=42]}: the paper broker's latency benchmark. It starts the service's own application context (no web server, no
 * RabbitMQ connection) on a throwaway database {@code algomoex_bench_<pid>} created next to the one the JDBC URL names,
 * runs the migrations, and hands generated closed candles straight to {@link ActOnClosedCandle} one after another:
 * the real path through the strategy, the risk checks, the JDBC stores and the paper gateway. It prints percentiles of
 * "candle handed to the loop → order request handed to the gateway" (timed by a proxy around the gateway bean) and of
 * the whole processing of each candle, leaving out the warm-up candles, then drops the database. The password comes
 * from {@code ALGO_BENCH_DB_PASSWORD} (default {@code algomoex}); the user needs the right to create databases.
 *
 * <p>Not measured: reading the candle from RabbitMQ and publishing the events, which the outbox relay does apart from
 * the loop. Its interval is set to a day, so the relay never connects and the events stay in the throwaway outbox.
 */
public final class CandleToOrderBenchmark {

    private static final Instrument INSTRUMENT = new Instrument("BENCH", "TQBR");
    private static final Instant FIRST = Instant.parse("2026-01-05T07:00:00Z");
    static final double[] PERCENTILES = {0.50, 0.90, 0.99};

    private CandleToOrderBenchmark() {}

    public static void main(String[] args) {
        run(args, System.out);
    }

    static void run(String[] args, PrintStream out) {
        Map<String, String> options = BenchmarkOptions.parse(args);
        int candles = Integer.parseInt(options.getOrDefault("candles", "10000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        BenchDatabase database = BenchDatabase.of(options);

        database.create();
        try {
            SubmitClock submits = new SubmitClock();
            try (ConfigurableApplicationContext context = start(database, submits)) {
                String commit = JdbcClient.create(context.getBean(javax.sql.DataSource.class))
                        .sql("SHOW synchronous_commit")
                        .query(String.class)
                        .single();
                out.printf(
                        "CandleToOrderBenchmark: %,d closed 1h candles after %,d warm-up candles, SMA cross 3/8, paper gateway,"
                                + " database %s (synchronous_commit=%s)%n",
                        candles, warmup, database.name(), commit);
                Samples samples = measure(context.getBean(ActOnClosedCandle.class), submits, candles, warmup, seed);
                print(out, samples, context.getBean(MeterRegistry.class));
            }
        } finally {
            database.drop();
        }
    }

    private static Samples measure(ActOnClosedCandle loop, SubmitClock submits, int candles, int warmup, long seed) {
        List<Candle> series = generate(warmup + candles, seed);
        long[] orders = new long[candles];
        long[] all = new long[candles];
        int orderCount = 0;
        for (int i = 0; i < series.size(); i++) {
            Candle candle = series.get(i);
            submits.reset();
            long handed = System.nanoTime();
            loop.handle(candle);
            long done = System.nanoTime();
            if (i < warmup) {
                continue;
            }
            all[i - warmup] = done - handed;
            if (submits.submitted() != 0) {
                orders[orderCount++] = submits.submitted() - handed;
            }
        }
        return new Samples(java.util.Arrays.copyOf(orders, orderCount), all);
    }

    private static void print(PrintStream out, Samples samples, MeterRegistry registry) {
        out.printf("%-34s %8s %9s %9s %9s %9s%n", "(milliseconds)", "count", "p50", "p90", "p99", "max");
        row(out, "candle in -> order request to gateway", samples.orders());
        row(out, "candle in -> candle fully processed", samples.all());
        Timer timer = registry.find("trading.candle.to.order").timer();
        if (timer != null) {
            out.printf(
                    "service metric trading_candle_to_order_seconds (warm-up included): count %,d, mean %.3f ms, max"
                            + " %.3f ms%n",
                    timer.count(), timer.mean(TimeUnit.MILLISECONDS), timer.max(TimeUnit.MILLISECONDS));
        }
    }

    static void row(PrintStream out, String label, long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        StringBuilder line = new StringBuilder(String.format("%-38s %,8d", label, sorted.length));
        for (double percentile : PERCENTILES) {
            line.append(String.format(" %9.3f", millis(percentile(sorted, percentile))));
        }
        line.append(String.format(" %9.3f", sorted.length == 0 ? 0 : millis(sorted[sorted.length - 1])));
        out.println(line);
    }

    /** Nearest rank: the smallest sample at or above the given share of all samples. */
    static long percentile(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static ConfigurableApplicationContext start(BenchDatabase database, SubmitClock submits) {
        List<String> properties = new ArrayList<>(serviceOnDatabase(database, FIRST));
        properties.addAll(List.of(
                "--logging.level.io.algomoex.trading.adapter.out.persistence.JdbcMarketDataFeed=ERROR",
                "--algo.trading.strategies[0].id=bench-sma",
                "--algo.trading.strategies[0].secid=" + INSTRUMENT.secid(),
                "--algo.trading.strategies[0].board=" + INSTRUMENT.board(),
                "--algo.trading.strategies[0].timeframe=1h",
                "--algo.trading.strategies[0].params.fast=3",
                "--algo.trading.strategies[0].params.slow=8",
                "--algo.trading.strategies[0].size=1"));
        return new SpringApplicationBuilder(TradingServiceApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(submits.postProcessor()))
                .run(properties.toArray(String[]::new));
    }

    /** A seeded random walk in whole kopecks, every candle consistent (low ≤ open, close ≤ high). */
    static List<Candle> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Candle> candles = new ArrayList<>(count);
        long kopecks = 25_000;
        for (int i = 0; i < count; i++) {
            long open = kopecks;
            long close = Math.max(100, open + random.nextLong(-60, 61));
            long high = Math.max(open, close) + random.nextLong(0, 30);
            long low = Math.max(1, Math.min(open, close) - random.nextLong(0, 30));
            candles.add(new Candle(
                    INSTRUMENT,
                    Timeframe.H1,
                    FIRST.plus(Duration.ofHours(i)),
                    Price.of(BigDecimal.valueOf(open, 2)),
                    Price.of(BigDecimal.valueOf(high, 2)),
                    Price.of(BigDecimal.valueOf(low, 2)),
                    Price.of(BigDecimal.valueOf(close, 2)),
                    random.nextLong(1, 100_000),
                    null));
            kopecks = close;
        }
        return candles;
    }

    /** The JDBC URL with its database replaced, parameters kept. */
    static String withDatabase(String url, String database) {
        String scheme = "jdbc:postgresql://";
        if (!url.startsWith(scheme)) {
            throw new IllegalArgumentException("the benchmark needs a jdbc:postgresql:// URL, got '" + url + "'");
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', scheme.length());
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + parameters;
    }

    static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the benchmark could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The context every trading latency main starts: trading-service's own configuration on the benchmark's database,
     * no RabbitMQ connection (no listener starts; the relay's first run finds an empty outbox and its next one is a day
     * away), no unsent-order retry taking the loop's lock, no session hours or risk limit stopping an order (candles
     * come round the clock, thousands a minute), and every candle from {@code first} on traded, not taken as history.
     */
    static List<String> serviceOnDatabase(BenchDatabase database, Instant first) {
        List<String> properties = new ArrayList<>(List.of(
                tradingServiceConfig(),
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.rabbitmq.listener.simple.auto-startup=false",
                "--spring.rabbitmq.host=127.0.0.1",
                "--spring.rabbitmq.port=1",
                "--algo.trading.outbox.relay-interval=P1D",
                "--algo.trading.reconcile.unsent-retry-interval=P1D",
                "--algo.trading.risk.session-hours-only=false",
                "--algo.trading.trade-from=" + first.minusSeconds(1),
                "--logging.level.root=WARN"));
        properties.addAll(limitsThatNeverRefuse());
        return properties;
    }

    /**
     * trading-service's own {@code application.yml}, by its jar: the collector's jar on this class path (for the ingest
     * benchmark) has one of the same name, and whichever comes first would otherwise configure the context.
     */
    static String tradingServiceConfig() {
        String location = TradingServiceApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();
        String config =
                location.endsWith(".jar") ? "jar:" + location + "!/application.yml" : location + "application.yml";
        return "--spring.config.location=" + config;
    }

    /** Risk limits for the strategy and the account that no benchmark reaches, so every signal becomes an order. */
    static List<String> limitsThatNeverRefuse() {
        List<String> properties = new ArrayList<>();
        for (String scope : List.of("strategy", "account")) {
            String prefix = "--algo.trading.risk." + scope + ".";
            properties.addAll(List.of(
                    prefix + "max-position-lots=1000000",
                    prefix + "max-order-lots=1000000",
                    prefix + "max-daily-loss=1000000000000",
                    prefix + "max-drawdown=1",
                    prefix + "max-orders-per-minute=1000000000"));
        }
        return properties;
    }

    private record Samples(long[] orders, long[] all) {}
}
