package io.algomoex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.system.FakeIss.Bar;
import io.algomoex.system.FakeIss.Series;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The stack as one thing. The four service jars run with the environment {@code docker-compose.yml} gives them (so a
 * wrong variable name there fails here), against the machine's PostgreSQL and RabbitMQ, a Redis of the test's own,
 * a loopback MOEX ISS and Telegram Bot API, and a real Prometheus and Alertmanager with the repository's
 * configuration. Every step goes through public interfaces only: REST, the Telegram bot, Prometheus' API. The steps
 * build on each other and run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SystemTestSummary.class)
class WholeStackIT {

    private static final String API_TOKEN = "system-test-api-token";
    private static final String DATABASE = "algomoex_system_it";
    private static final String VHOST = "algomoex-system-it";
    private static final long CHAT = 424242;
    private static final long OPERATOR = 4242;
    private static final String COLLECTOR = "collector-service";
    private static final String BACKTEST = "backtest-service";
    private static final String TRADING = "trading-service";
    private static final String ALERTING = "alerting-service";
    /** Minutes of SBER history before the test starts: more than the robot's 50-bar warm-up. */
    private static final int SBER_HISTORY = 150;
    /** The account of every backtest and sweep, through REST ({@link #market}) and the CLI ({@link #cli}) alike. */
    private static final String SIZE = "10";

    private static final String CASH = "1000000";
    private static final String COMMISSION = "0.0005";

    private final Clock clock = Clock.systemUTC();
    private final Path repository = Path.of(System.getProperty("algo.repository.dir", ".."))
            .toAbsolutePath()
            .normalize();
    private final Path work = repository.resolve("system-test/target/system-test");
    private final Rest rest = new Rest(API_TOKEN);
    /** The minute (index from the SBER series' first candle) from which SBER rallies; none until step 4 says. */
    private final AtomicLong rally = new AtomicLong(Long.MAX_VALUE);

    private FakeIss iss;
    private FakeTelegram telegram;
    private LocalInfrastructure infrastructure;
    private Monitoring monitoring;
    private ServiceStack stack;
    private Instant sberFirst;
    private Instant rallyBegin;
    private Instant gazpLast;
    private JsonNode robotOrder;

    @BeforeAll
    void startTheStack() throws Exception {
        // A fresh work folder: Alertmanager's notification log of an earlier run would hold back this run's alerts.
        deleteRecursively(work);
        Instant anchor = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        iss = new FakeIss(clock);
        sberFirst = anchor.minus(Duration.ofMinutes(SBER_HISTORY));
        // A steady decline with a 3-rouble plateau in the history (the 20-bar SMA crosses the 50-bar one up on minute
        // 61 and down about 40 minutes later: a round trip the robot must not trade, since it closed before the robot
        // started), then a jump of 10 roubles that crosses up on its own bar, then a slow rise.
        iss.serve("SBER", new Series(sberFirst, i -> {
            long from = rally.get();
            if (i < from) {
                return FakeIss.price(100.0 - 0.01 * i + (i >= 60 && i < 90 ? 3.0 : 0.0));
            }
            return FakeIss.price(100.0 - 0.01 * (from - 1) + 10.0 + 0.05 * (i - from));
        }));
        // Two waves a day long: the SMA pairs of the sweep cross many times.
        iss.serve(
                "GAZP",
                new Series(
                        anchor.minus(Duration.ofDays(1)),
                        i -> FakeIss.price(150 + 4 * Math.sin(i / 29.0) + 2.5 * Math.sin(i / 7.3) + 0.002 * i)));
        telegram = new FakeTelegram(clock);
        infrastructure = new LocalInfrastructure(DATABASE, VHOST).create(work);
        monitoring = new Monitoring().start(repository, work, API_TOKEN);
        stack = new ServiceStack(
                repository, work, ComposeFile.read(repository.resolve("docker-compose.yml")), dotEnv(), overrides());
        for (String service : ServiceStack.PORTS.keySet()) {
            stack.start(service);
        }
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    assertThat(ServiceStack.PORTS.keySet().stream().filter(service -> !stack.healthy(service)))
                            .as("services not healthy yet (logs in " + work + ")")
                            .isEmpty();
                    assertThat(monitoring.ready())
                            .as("Prometheus and Alertmanager ready")
                            .isTrue();
                });
        // SBER jumps from the next minute on. That bar closes after trading-service started, so the robot trades it;
        // the steps before step 4 run meanwhile.
        rallyBegin = FakeIss.nextMinute(clock.instant().plusSeconds(5));
        rally.set(Duration.between(sberFirst, rallyBegin).toMinutes());
    }

    /** The trader's {@code .env}: what a user of the compose stack would set. */
    private Map<String, String> dotEnv() {
        return Map.of(
                "POSTGRES_DB",
                DATABASE,
                "RABBITMQ_VHOST",
                VHOST,
                "ALGO_API_TOKEN",
                API_TOKEN,
                "TELEGRAM_BOT_TOKEN",
                FakeTelegram.TOKEN,
                "ALGO_TELEGRAM_ALLOWED_CHATS",
                Long.toString(CHAT),
                // One-minute bars instead of the default hourly ones, so the robot trades within the test's minutes;
                // the default robot (sber-sma, SMA 20/50, one lot of 10) is otherwise unchanged.
                "ALGO_COLLECTOR_WATCHLIST",
                "SBER:TQBR:1m",
                "ALGO_COLLECTOR_INITIAL_SYNC_DAYS",
                "1",
                "ALGO_TRADING_STRATEGIES_0_TIMEFRAME",
                "1m");
    }

    /**
     * The only settings not from compose: where the loopback fakes are, no ISS delay and a quick sync (the fake ISS
     * is a subscriber's real-time feed), orders at any hour (CI runs outside MOEX's sessions too), and Redis' address:
     * Lettuce resolves host names through Netty's own resolver, which reads the system's hosts file, not the JVM's.
     */
    private Map<String, Map<String, String>> overrides() {
        return Map.of(
                COLLECTOR,
                Map.of(
                        "ALGO_COLLECTOR_MOEXISS_BASEURL", iss.baseUrl(),
                        "ALGO_COLLECTOR_MOEXISS_DATADELAY", "0s",
                        "ALGO_COLLECTOR_SYNC_INTERVAL", "PT5S",
                        "ALGO_COLLECTOR_SYNC_INITIAL_DELAY", "PT1S",
                        "SPRING_DATA_REDIS_HOST", LocalInfrastructure.REDIS_ADDRESS),
                ALERTING,
                Map.of("ALGO_ALERTING_TELEGRAM_BASEURL", telegram.baseUrl()),
                TRADING,
                Map.of("ALGO_TRADING_RISK_SESSIONHOURSONLY", "false"));
    }

    @AfterAll
    void stopTheStack() throws Exception {
        List<AutoCloseable> parts = new ArrayList<>();
        parts.add(stack);
        parts.add(monitoring);
        parts.add(infrastructure);
        parts.add(telegram);
        parts.add(iss);
        Exception first = null;
        for (AutoCloseable part : parts) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Test
    @Order(1)
    void theDefaultWatchFillsItsSeriesAndARestCollectionAddsASecond() throws Exception {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> series("SBER").path("count").asLong() >= SBER_HISTORY);
        JsonNode sber = series("SBER");
        List<Bar> served = servedUpTo("SBER", Instant.parse(sber.path("last").asString()));
        assertThat(sber.path("count").asLong()).isEqualTo(served.size());
        assertThat(Instant.parse(sber.path("first").asString())).isEqualTo(sberFirst);

        LocalDate today = LocalDate.now(clock.withZone(FakeIss.MOSCOW));
        Rest.Answer started = rest.post(
                ServiceStack.url(COLLECTOR, "/api/v1/collections"),
                Map.of(
                        "secid", "GAZP",
                        "board", "TQBR",
                        "timeframe", "1m",
                        "from", today.minusDays(1).toString(),
                        "till", today.toString(),
                        "source", "moex-iss"));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String job = ServiceStack.url(
                COLLECTOR, "/api/v1/collections/" + started.body().path("id").asString());
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String status = rest.get(job).body().path("status").asString();
                    assertThat(status).isNotEqualTo("FAILED");
                    return status.equals("SUCCEEDED");
                });
        JsonNode gazp = series("GAZP");
        gazpLast = Instant.parse(gazp.path("last").asString());
        assertThat(gazp.path("count").asLong())
                .isEqualTo(servedUpTo("GAZP", gazpLast).size());
    }

    @Test
    @Order(2)
    void aBacktestAndASweepThroughRestEqualTheCliOnTheSameCandles() throws Exception {
        Path csv = work.resolve("gazp.csv");
        StringBuilder rows = new StringBuilder("time,open,high,low,close,volume\n");
        for (Bar bar : servedUpTo("GAZP", gazpLast)) {
            rows.append(bar.begin())
                    .append(',')
                    .append(bar.open())
                    .append(',')
                    .append(bar.high())
                    .append(',')
                    .append(bar.low())
                    .append(',')
                    .append(bar.close())
                    .append(',')
                    .append(bar.volume())
                    .append('\n');
        }
        Files.writeString(csv, rows);
        Map<String, Object> market = market("GAZP", gazpLast);

        Map<String, Object> backtest = new TreeMap<>(market);
        backtest.put("params", Map.of("fast", 5, "slow", 20));
        Rest.Answer run = rest.post(ServiceStack.url(BACKTEST, "/api/v1/backtests"), backtest);
        JsonNode cli = cli(
                "backtest",
                "--csv",
                csv.toString(),
                "--fast",
                "5",
                "--slow",
                "20",
                "--format",
                "json",
                "--quiet",
                "--no-equity");

        assertThat(run.status()).as(run.text()).isEqualTo(201);
        assertThat(orders(run.body())).hasSizeGreaterThan(4).isEqualTo(orders(cli));
        assertThat(kopecks(run.body().path("finalValue"))).isEqualTo(kopecks(cli.path("finalValue")));

        Map<String, Object> sweep = new TreeMap<>(market);
        sweep.put("grid", Map.of("fast", "5:15:5", "slow", "20:40:10"));
        sweep.put("objective", "final-value");
        sweep.put("minTrades", 0);
        sweep.put("top", 20);
        Rest.Answer queued = rest.post(ServiceStack.url(BACKTEST, "/api/v1/sweeps"), sweep);
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        String id = queued.body().path("id").asString();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String status = rest.get(ServiceStack.url(BACKTEST, "/api/v1/sweeps/" + id))
                            .body()
                            .path("status")
                            .asString();
                    assertThat(status).isNotIn("FAILED", "CANCELLED");
                    return status.equals("SUCCEEDED");
                });
        JsonNode results = rest.get(ServiceStack.url(BACKTEST, "/api/v1/sweeps/" + id + "/results"))
                .body();
        JsonNode cliSweep = cli(
                "sweep",
                "--csv",
                csv.toString(),
                "--fast",
                "5:15:5",
                "--slow",
                "20:40:10",
                "--objective",
                "final-value",
                "--top",
                "100",
                "--format",
                "json",
                "--quiet");

        Map<String, BigDecimal> byRest = new TreeMap<>();
        results.forEach(result -> byRest.put(
                result.path("params").path("fast").asInt() + "/"
                        + result.path("params").path("slow").asInt(),
                kopecks(result.path("finalValue"))));
        Map<String, BigDecimal> byCli = new TreeMap<>();
        cliSweep.path("results")
                .forEach(result -> byCli.put(
                        result.path("fast").asInt() + "/" + result.path("slow").asInt(),
                        kopecks(result.path("finalValue"))));
        assertThat(byRest).hasSize(9).isEqualTo(byCli);
    }

    @Test
    @Order(3)
    void aKilledServiceIsDownForPrometheus() throws Exception {
        stack.process(BACKTEST).kill();

        awaitPrometheus("up{job=\"backtest-service\"}", 0);
    }

    @Test
    @Order(4)
    void thePaperRobotTradesNewBarsAsTheBacktestDoes() throws Exception {
        long rallyIndex = rally.get();

        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    List<JsonNode> filled = robotOrders().stream()
                            .filter(order -> order.path("status").asString().equals("filled"))
                            .toList();
                    return !filled.isEmpty();
                });
        List<JsonNode> orders = robotOrders();
        // The robot acted on the bars after it started, the rally's and the fill's among them.
        assertThat(Instant.parse(strategy().path("lastCandle").asString())).isAfter(rallyBegin);
        assertThat(orders).hasSize(1);
        robotOrder = orders.getFirst();
        assertThat(robotOrder.path("side").asString()).isEqualTo("BUY");
        assertThat(robotOrder.path("lots").asLong()).isEqualTo(1);
        assertThat(robotOrder.path("units").asLong()).isEqualTo(10);
        assertThat(Instant.parse(robotOrder.path("signalCandle").asString())).isEqualTo(rallyBegin);
        // Backtrader's fill: the open of the bar after the signal, which opens at the signal bar's close.
        assertThat(robotOrder.path("fillPrice").decimalValue())
                .isEqualByComparingTo(iss.closed("SBER").get((int) rallyIndex).close());
    }

    @Test
    @Order(5)
    void theFillTheBacktestAndTheDownServiceReachTelegram() {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    List<String> texts = telegram.texts(CHAT);
                    assertThat(texts).anySatisfy(text -> assertThat(text).contains("Filled", "BUY", "sber-sma"));
                    assertThat(texts).anySatisfy(text -> assertThat(text).contains("Backtest", "completed", "GAZP"));
                    assertThat(texts)
                            .anySatisfy(text -> assertThat(text).contains("FIRING", "ServiceDown", "backtest-service"));
                });
    }

    @Test
    @Order(6)
    void theRestartedServiceIsResolvedAndItsBacktestHasTheRobotsOrders() throws Exception {
        stack.start(BACKTEST);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> stack.healthy(BACKTEST));

        Instant last = Instant.parse(series("SBER").path("last").asString());
        Map<String, Object> backtest = new TreeMap<>(market("SBER", last));
        backtest.put("params", Map.of("fast", 20, "slow", 50));
        Rest.Answer run = rest.post(ServiceStack.url(BACKTEST, "/api/v1/backtests"), backtest);
        assertThat(run.status()).as(run.text()).isEqualTo(201);
        List<List<String>> orders = orders(run.body());
        // The history's round trip, then the robot's one order: the same bar, price and size.
        assertThat(orders).hasSize(3);
        assertThat(orders.subList(0, 2)).extracting(order -> order.get(1)).containsExactly("BUY", "SELL");
        assertThat(Instant.parse(orders.get(1).getFirst())).isBefore(sberFirst.plus(Duration.ofMinutes(SBER_HISTORY)));
        assertThat(orders.get(2))
                .containsExactly(
                        Instant.parse(robotOrder.path("filledAt").asString()).toString(),
                        "BUY",
                        "10",
                        robotOrder
                                .path("fillPrice")
                                .decimalValue()
                                .stripTrailingZeros()
                                .toPlainString(),
                        "COMPLETED");

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(telegram.texts(CHAT))
                        .anySatisfy(text -> assertThat(text).contains("RESOLVED", "ServiceDown", "backtest-service")));
    }

    @Test
    @Order(7)
    void haltAndResumeFromTelegramShowInPrometheus() throws Exception {
        command("/halt sber-sma", "Confirm halt");
        awaitPrometheus("trading_halted{strategy=\"sber-sma\"}", 1);

        command("/resume sber-sma", "Confirm resume");
        awaitPrometheus("trading_halted{strategy=\"sber-sma\"}", 0);
    }

    @Test
    @Order(8)
    void everyDashboardAndRuleQueryParsesAndThePanelsOfWhatRanHaveData() throws Exception {
        List<String> problems = new DashboardQueries(repository, monitoring).check();

        assertThat(problems).isEmpty();
    }

    /** Waits, a scrape or two, until the query's one series has the value. */
    private void awaitPrometheus(String query, long expected) {
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(value(monitoring.query(query))).isEqualTo(expected));
    }

    private void command(String text, String confirm) {
        int before = telegram.sent().size();
        telegram.userWrites(CHAT, OPERATOR, text);
        FakeTelegram.Sent question = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> telegram.sent().stream()
                                .skip(before)
                                .filter(sent -> sent.replyMarkup().has("inline_keyboard"))
                                .findFirst()
                                .orElse(null),
                        sent -> sent != null);
        telegram.userPresses(CHAT, OPERATOR, question.button(confirm));
    }

    private JsonNode series(String secid) throws IOException, InterruptedException {
        JsonNode all = rest.get(ServiceStack.url(COLLECTOR, "/api/v1/series")).body();
        for (JsonNode series : all) {
            if (series.path("secid").asString().equals(secid)
                    && series.path("timeframe").asString().equals("1m")) {
                return series;
            }
        }
        return rest.json().createObjectNode().put("count", 0);
    }

    private List<Bar> servedUpTo(String secid, Instant last) {
        return iss.closed(secid).stream()
                .filter(bar -> !bar.begin().isAfter(last))
                .toList();
    }

    private JsonNode strategy() throws IOException, InterruptedException {
        for (JsonNode strategy :
                rest.get(ServiceStack.url(TRADING, "/api/v1/strategies")).body()) {
            if (strategy.path("id").asString().equals("sber-sma")) {
                return strategy;
            }
        }
        throw new IllegalStateException("trading-service does not run sber-sma");
    }

    private List<JsonNode> robotOrders() throws IOException, InterruptedException {
        JsonNode body = rest.get(ServiceStack.url(TRADING, "/api/v1/orders?strategy=sber-sma"))
                .body();
        JsonNode items = body.has("items") ? body.path("items") : body;
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    /** The market and account fields of a backtest or sweep over every stored candle of the series. */
    private Map<String, Object> market(String secid, Instant last) {
        LocalDate till = last.atZone(FakeIss.MOSCOW).toLocalDate();
        return Map.of(
                "secid",
                secid,
                "board",
                "TQBR",
                "timeframe",
                "1m",
                "from",
                till.minusDays(2).toString(),
                "till",
                till.toString(),
                "strategy",
                "sma-cross",
                "cash",
                new BigDecimal(CASH),
                "commission",
                new BigDecimal(COMMISSION),
                "size",
                Integer.parseInt(SIZE));
    }

    /**
     * Orders as (fill time, side, size, price, status) for comparison across the REST and CLI reports (the REST
     * report has no signal time: the signal is the bar before the fill).
     */
    private static List<List<String>> orders(JsonNode report) {
        List<List<String>> orders = new ArrayList<>();
        report.path("orders")
                .forEach(order -> orders.add(List.of(
                        Instant.parse(order.path("time").asString()).toString(),
                        order.path("side").asString(),
                        order.path("size").decimalValue().stripTrailingZeros().toPlainString(),
                        order.path("price").decimalValue().stripTrailingZeros().toPlainString(),
                        order.path("status").asString())));
        return orders;
    }

    private static BigDecimal kopecks(JsonNode value) {
        return value.decimalValue().setScale(2, RoundingMode.HALF_EVEN);
    }

    private static long value(JsonNode result) {
        assertThat(result).as("one series").hasSize(1);
        return Math.round(Double.parseDouble(result.get(0).path("value").get(1).asString()));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private JsonNode cli(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                repository
                        .resolve("backtest-service/target/backtest-service-exec.jar")
                        .toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--size", SIZE, "--cash", CASH, "--commission", COMMISSION));
        Path output = work.resolve("cli-" + arguments[0] + ".json");
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(
                        ProcessBuilder.Redirect.appendTo(work.resolve("cli.log").toFile()))
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the CLI finished").isTrue();
        assertThat(process.exitValue()).as("CLI exit code; see cli.log").isZero();
        return rest.json().readTree(Files.readString(output));
    }
}
