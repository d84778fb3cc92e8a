package io.algomoex.benchmarks.trading;

import io.algomoex.benchmarks.BenchmarkOptions;
import io.algomoex.trading.TradingServiceApplication;
import io.algomoex.trading.application.ActOnClosedCandle;
import io.algomoex.trading.application.FollowBrokerOrders;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the broker latency mains ({@link AlorCandleToOrderBenchmark}, {@link TinvestCandleToOrderBenchmark}) share: the
 * whole trading-service context in sandbox mode (no web server, no RabbitMQ connection) on a throwaway database
 * {@code algomoex_bench_<pid>} with the collector's {@code market.candles}, one strategy on the broker under test (a
 * fast 1 / slow 2 SMA cross on a zigzag, which orders on every bar), and the measured loop: a bar goes out on the fake
 * broker's stream, the time until the order request has been read in full at the fake is one sample; between two bars
 * (outside the window) the fake fills the order, the fill follower books it and the candle's own writes finish. The
 * first {@code warmup} orders warm the JIT, the pools and the connections up and are not counted. The password comes
 * from {@code ALGO_BENCH_DB_PASSWORD} (default {@code algomoex}).
 */
final class StreamedBrokerBenchmark {

    static final String SECID = "SBER";
    static final Instant FIRST = Instant.parse("2026-01-05T07:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration SPIN = Duration.ofNanos(20_000);

    /**
     * The fake broker as the measured loop drives it.
     *
     * @param push sends bar {@code index} (closing at the price given) on the fake's stream
     * @param orderArrivals nano times at which the fake had read each order request in full
     * @param fill fills the working order of bar {@code index} at the price given
     * @param streamReady whether the service's stream is connected and subscribed
     * @param violations what the fake saw the client do against the protocol
     */
    record Broker(
            BiConsumer<Integer, BigDecimal> push,
            List<Long> orderArrivals,
            BiConsumer<Integer, BigDecimal> fill,
            BooleanSupplier streamReady,
            List<String> violations) {}

    /**
     * @param benchmark the main's name, for the report's first line
     * @param name the broker's name in the report, for example {@code Alor}
     * @param closesBefore how many bars must have been pushed before bar {@code i} is stored: {@code i} where the bar
     *     is closed by the next one (Alor), {@code i + 1} where the stream sends closed bars (T-Invest)
     * @param context the service's properties for the broker under test, besides the shared ones
     */
    static void run(
            String[] args,
            PrintStream out,
            String benchmark,
            String name,
            String stream,
            IntFunction<Long> closesBefore,
            List<String> context,
            Broker broker) {
        Map<String, String> options = BenchmarkOptions.parse(args);
        int bars = Integer.parseInt(options.getOrDefault("bars", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "400"));
        BenchDatabase database = BenchDatabase.of(options);

        database.create();
        try {
            createCandleTable(database);
            try (ConfigurableApplicationContext service = start(database, context)) {
                out.printf(
                        "%s: %,d 1m bars on %s of the fake %s, SMA cross 1/2, %,d warm-up"
                                + " orders, database %s, load average %s%n",
                        benchmark, bars, stream, name, warmup, database.name(), loadAverage());
                long[] latencies = measure(service, broker, bars, closesBefore);
                if (latencies.length <= warmup) {
                    throw new IllegalStateException(
                            "only " + latencies.length + " orders for " + bars + " bars; raise --bars");
                }
                long[] counted = Arrays.copyOfRange(latencies, warmup, latencies.length);
                out.printf("%-38s %8s %9s %9s %9s %9s%n", "(milliseconds)", "count", "p50", "p90", "p99", "max");
                CandleToOrderBenchmark.row(out, "bar on " + stream + " -> order at " + name, counted);
                if (!broker.violations().isEmpty()) {
                    throw new IllegalStateException(
                            "the fake " + name + " saw protocol violations: " + broker.violations());
                }
            }
        } finally {
            database.drop();
        }
    }

    private static long[] measure(
            ConfigurableApplicationContext service, Broker broker, int bars, IntFunction<Long> closesBefore) {
        JdbcClient jdbc = service.getBean(JdbcClient.class);
        ActOnClosedCandle loop = service.getBean(ActOnClosedCandle.class);
        FollowBrokerOrders follow = service.getBean(FollowBrokerOrders.class);
        awaitTrue(broker.streamReady(), Duration.ofMillis(10), "the bar stream to connect");
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < bars; i++) {
            BigDecimal close = new BigDecimal(i % 2 == 0 ? "250.00" : "251.00");
            int before = broker.orderArrivals().size();
            long pushed = System.nanoTime();
            broker.push().accept(i, close);
            long stored = closesBefore.apply(i);
            if (i <= 4) {
                // The first orders come once two slow averages exist, and the first one, a sell, finds no position
                // to close: wait for each of these bars to be processed, whatever it did.
                awaitTrue(() -> storedCandles(jdbc) == stored, Duration.ofMillis(1), "bar " + i + " to be stored");
                if (broker.orderArrivals().size() == before) {
                    continue;
                }
            } else {
                awaitTrue(() -> broker.orderArrivals().size() > before, SPIN, "an order after bar " + i);
            }
            latencies.add(broker.orderArrivals().get(before) - pushed);
            awaitTrue(
                    () -> storedCandles(jdbc) == stored && submitted(jdbc) == 1,
                    Duration.ofMillis(1),
                    "bar " + i + "'s writes");
            broker.fill().accept(i, close);
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

    /** The properties of one strategy {@code bench-<broker>} on {@code broker}, SBER 1m, one lot of 10. */
    static List<String> strategyOn(String broker) {
        return List.of(
                "--algo.trading.strategies[0].id=bench-" + broker,
                "--algo.trading.strategies[0].secid=" + SECID,
                "--algo.trading.strategies[0].board=TQBR",
                "--algo.trading.strategies[0].timeframe=1m",
                "--algo.trading.strategies[0].broker=" + broker,
                "--algo.trading.strategies[0].params.fast=1",
                "--algo.trading.strategies[0].params.slow=2",
                "--algo.trading.strategies[0].size=1",
                "--algo.trading.strategies[0].lot-size=10");
    }

    private static ConfigurableApplicationContext start(BenchDatabase database, List<String> context) {
        List<String> properties = new ArrayList<>(CandleToOrderBenchmark.serviceOnDatabase(database, FIRST));
        properties.addAll(List.of(
                // Fills are followed between two bars by the benchmark itself, outside the measured window.
                "--algo.trading.fills.poll-interval=P1D", "--algo.trading.broker.mode=sandbox"));
        properties.addAll(context);
        return new SpringApplicationBuilder(TradingServiceApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(properties.toArray(String[]::new));
    }

    /** The collector's {@code market.candles} (the shape its migrations create), which trading-service writes to. */
    private static void createCandleTable(BenchDatabase database) {
        database.execute("CREATE SCHEMA market");
        database.execute(
                "CREATE TABLE market.candles (secid text NOT NULL, board text NOT NULL, timeframe text NOT NULL,"
                        + " begin timestamptz NOT NULL, open numeric NOT NULL, high numeric NOT NULL, low numeric NOT NULL,"
                        + " close numeric NOT NULL, volume bigint NOT NULL, value numeric, source text NOT NULL, provisional"
                        + " boolean NOT NULL DEFAULT false, PRIMARY KEY (secid, board, timeframe, begin))");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private StreamedBrokerBenchmark() {}
}
