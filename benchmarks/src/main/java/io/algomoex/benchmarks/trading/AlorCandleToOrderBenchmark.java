package io.algomoex.benchmarks.trading;

import io.algomoex.benchmarks.BenchmarkOptions;
import io.algomoex.trading.TradingServiceApplication;
import io.algomoex.trading.adapter.out.broker.alor.AlorSettings;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlor;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlorSocket;
import io.algomoex.trading.application.ActOnClosedCandle;
import io.algomoex.trading.application.FollowBrokerOrders;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
 * io.algomoex.benchmarks.trading.AlorCandleToOrderBenchmark [--jdbc-url=…] [--user=…] [--bars=2000] [--warmup=400]}:
 * the Alor issue's latency benchmark. The whole trading-service context in sandbox mode (no web server, no RabbitMQ
 * connection) on a throwaway database {@code algomoex_bench_<pid>}, its Alor dev hosts pointed at the loopback fake
 * Alor of trading-service's tests (REST and {@code /ws} over MockWebServer). Measured: from the moment the fake pushes
 * the bar that closes the previous one on {@code /ws} to the moment the order request has been read in full at the
 * fake; the path is the real OkHttp WebSocket, the bar series, the loop with its JDBC stores, the send policy and the
 * REST client. A fast 1 / slow 2 SMA cross on a zigzag orders on every bar; between two bars (outside the window) the
 * fake fills the order, the fill follower books it and the candle's own writes finish. The first {@code warmup} orders
 * warm the JIT, the pools and the connections up and are not counted. The password comes from
 * {@code ALGO_BENCH_DB_PASSWORD} (default {@code algomoex}).
 */
public final class AlorCandleToOrderBenchmark {

    private static final String SECID = "SBER";
    private static final Instant FIRST = Instant.parse("2026-01-05T07:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration SPIN = Duration.ofNanos(20_000);

    private AlorCandleToOrderBenchmark() {}

    public static void main(String[] args) {
        run(args, System.out);
    }

    static void run(String[] args, PrintStream out) {
        Map<String, String> options = BenchmarkOptions.parse(args);
        int bars = Integer.parseInt(options.getOrDefault("bars", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "400"));
        String url = options.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:5432/algomoex");
        String user = options.getOrDefault("user", "algomoex");
        String password = BenchmarkOptions.databasePassword();
        String database = "algomoex_bench_" + ProcessHandle.current().pid();
        String benchUrl = CandleToOrderBenchmark.withDatabase(url, database);

        CandleToOrderBenchmark.execute(url, user, password, "CREATE DATABASE " + database);
        try (FakeAlor fake = new FakeAlor(Clock.systemUTC())) {
            createCandleTable(benchUrl, user, password);
            try (ConfigurableApplicationContext context = start(benchUrl, user, password, fake)) {
                out.printf(
                        "AlorCandleToOrderBenchmark: %,d 1m bars on /ws of the fake Alor, SMA cross 1/2, %,d warm-up"
                                + " orders, database %s, load average %s%n",
                        bars, warmup, database, loadAverage());
                long[] latencies = measure(context, fake, bars);
                if (latencies.length <= warmup) {
                    throw new IllegalStateException(
                            "only " + latencies.length + " orders for " + bars + " bars; raise --bars");
                }
                long[] counted = Arrays.copyOfRange(latencies, warmup, latencies.length);
                out.printf("%-38s %8s %9s %9s %9s %9s%n", "(milliseconds)", "count", "p50", "p90", "p99", "max");
                CandleToOrderBenchmark.row(out, "bar closed on /ws -> order at Alor", counted);
                if (!fake.violations.isEmpty()) {
                    throw new IllegalStateException("the fake Alor saw protocol violations: " + fake.violations);
                }
            }
        } finally {
            CandleToOrderBenchmark.execute(
                    url, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static long[] measure(ConfigurableApplicationContext context, FakeAlor fake, int bars) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        ActOnClosedCandle loop = context.getBean(ActOnClosedCandle.class);
        FollowBrokerOrders follow = context.getBean(FollowBrokerOrders.class);
        awaitTrue(fake.socket::connected, Duration.ofMillis(10), "the bar stream to connect");
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < bars; i++) {
            BigDecimal close = new BigDecimal(i % 2 == 0 ? "250.00" : "251.00");
            int before = fake.orderArrivals.size();
            long pushed = System.nanoTime();
            fake.socket.push(new FakeAlorSocket.Bar(
                    FIRST.plus(Duration.ofMinutes(i)).getEpochSecond(), close, close, close, close, 100));
            int closed = i;
            if (i <= 4) {
                // The first orders come when bar 3 closes (a cross needs two slow averages, and the first one, a
                // sell, finds no position to close): wait for each of these bars to be processed, whatever it did.
                awaitTrue(() -> storedCandles(jdbc) == closed, Duration.ofMillis(1), "bar " + (i - 1));
                if (fake.orderArrivals.size() == before) {
                    continue;
                }
            } else {
                awaitTrue(() -> fake.orderArrivals.size() > before, SPIN, "an order for bar " + (i - 1));
            }
            latencies.add(fake.orderArrivals.get(before) - pushed);
            awaitTrue(
                    () -> storedCandles(jdbc) == closed && submitted(jdbc) == 1,
                    Duration.ofMillis(1),
                    "bar " + (i - 1) + "'s writes");
            fake.fillWorking(close, new BigDecimal("0.0005"), FIRST.plus(Duration.ofMinutes(i)));
            loop.exclusively(follow::follow);
        }
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    private static long storedCandles(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM market.candles WHERE secid = :secid")
                .param("secid", SECID)
                .query(Long.class)
                .single();
    }

    private static long submitted(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM trading.orders WHERE state = 'SUBMITTED'")
                .query(Long.class)
                .single();
    }

    /**
     * Polls every {@code pause}: 20 µs for the fake's in-memory arrivals inside the measured window (fine-grained
     * against millisecond latencies, cheap on two cores), a millisecond for database reads outside it.
     */
    private static void awaitTrue(BooleanSupplier condition, Duration pause, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting " + PATIENCE + " for " + what);
            }
            LockSupport.parkNanos(pause.toNanos());
        }
    }

    private static ConfigurableApplicationContext start(String url, String user, String password, FakeAlor fake) {
        AlorSettings alor = fake.settings();
        List<String> properties = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.rabbitmq.listener.simple.auto-startup=false",
                "--spring.rabbitmq.host=127.0.0.1",
                "--spring.rabbitmq.port=1",
                "--algo.trading.outbox.relay-interval=P1D",
                "--algo.trading.reconcile.unsent-retry-interval=P1D",
                // Fills are followed between two bars by the benchmark itself, outside the measured window.
                "--algo.trading.fills.poll-interval=P1D",
                "--algo.trading.risk.session-hours-only=false",
                "--algo.trading.trade-from=" + FIRST.minusSeconds(1),
                "--logging.level.root=WARN",
                "--algo.trading.broker.mode=sandbox",
                "--algo.trading.alor.refresh-token=" + fake.refreshToken,
                "--algo.trading.alor.portfolio=" + fake.portfolio,
                "--algo.trading.alor.dev.api=" + alor.apiUrl(),
                "--algo.trading.alor.dev.oauth=" + alor.oauthUrl(),
                "--algo.trading.alor.dev.ws=" + alor.wsUrl(),
                "--algo.trading.strategies[0].id=bench-alor",
                "--algo.trading.strategies[0].secid=" + SECID,
                "--algo.trading.strategies[0].board=TQBR",
                "--algo.trading.strategies[0].timeframe=1m",
                "--algo.trading.strategies[0].broker=alor",
                "--algo.trading.strategies[0].params.fast=1",
                "--algo.trading.strategies[0].params.slow=2",
                "--algo.trading.strategies[0].size=1",
                "--algo.trading.strategies[0].lot-size=10"));
        properties.addAll(CandleToOrderBenchmark.limitsThatNeverRefuse());
        return new SpringApplicationBuilder(TradingServiceApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(properties.toArray(String[]::new));
    }

    /** The collector's {@code market.candles} (the shape its migrations create), which trading-service writes to. */
    private static void createCandleTable(String url, String user, String password) {
        CandleToOrderBenchmark.execute(url, user, password, "CREATE SCHEMA market");
        CandleToOrderBenchmark.execute(
                url,
                user,
                password,
                "CREATE TABLE market.candles (secid text NOT NULL, board text NOT NULL, timeframe text NOT NULL,"
                        + " begin timestamptz NOT NULL, open numeric NOT NULL, high numeric NOT NULL, low numeric"
                        + " NOT NULL, close numeric NOT NULL, volume bigint NOT NULL, value numeric, source text NOT"
                        + " NULL, provisional boolean NOT NULL DEFAULT false, PRIMARY KEY (secid, board, timeframe,"
                        + " begin))");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
