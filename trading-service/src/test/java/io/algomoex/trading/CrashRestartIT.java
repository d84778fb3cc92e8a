package io.algomoex.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.Exchanges;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the service at the moments that matter (with a gateway that dies there), restarts it on the same database
 * and broker, and checks that reconciliation leaves exactly one order at the broker and books that agree with it; and
 * that a position that differs from the broker's halts trading and publishes {@code service.error}.
 */
@IntegrationTest
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class CrashRestartIT {

    /** 10:00 Moscow time on a Monday. */
    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    /** fast 2 / slow 3 crosses up on candle 4 (a buy of two lots of 10), which fills at the open of candle 5. */
    private static final String[] CLOSES = {"10", "10", "9", "9", "12", "13"};

    private static final String SECID = "CRASHIT";
    private static final String STRATEGY = "crash-sma";

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    private ConfigurableApplicationContext start(GatewayThatDies.Moment dies) {
        List<String> properties = new ArrayList<>(List.of(
                "--server.port=0",
                "--algo.trading.amqp.candle-queue=trading.candles.crash-it",
                "--algo.trading.amqp.command-queue=trading.commands.crash-it",
                "--algo.trading.outbox.relay-interval=PT0.2S",
                "--algo.api.token=crash-it-token",
                "--algo.trading.risk.session-hours-only=false",
                "--algo.trading.strategies[0].id=" + STRATEGY,
                "--algo.trading.strategies[0].secid=" + SECID,
                "--algo.trading.strategies[0].timeframe=1h",
                "--algo.trading.strategies[0].params.fast=2",
                "--algo.trading.strategies[0].params.slow=3",
                "--algo.trading.strategies[0].size=2",
                "--algo.trading.strategies[0].lot-size=10",
                "--spring.rabbitmq.listener.simple.retry.initial-interval=100ms"));
        if (dies != null) {
            properties.add("--crash-it.gateway-dies=" + dies.name());
        }
        if (dies == GatewayThatDies.Moment.UNREACHABLE_AT_FIRST_SEND) {
            properties.add("--algo.trading.reconcile.unsent-retry-interval=PT0.3S");
        }
        List<Class<?>> sources = new ArrayList<>(
                List.of(TradingServiceApplication.class, PostgresInfrastructure.class, RabbitInfrastructure.class));
        if (dies != null) {
            sources.add(GatewayThatDies.Configuration.class);
        }
        // Command-line arguments: they outrank application.yml, as the test's settings must.
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(properties.toArray(String[]::new));
        running.add(context);
        return context;
    }

    /** The crash: the process is gone, nothing of it runs on; what it committed is all that is left. */
    private void crash(ConfigurableApplicationContext context) {
        context.close();
        running.remove(context);
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        ConfigurableApplicationContext context = running.isEmpty() ? start(null) : running.getLast();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("DELETE FROM trading.order_events WHERE client_order_id IN"
                        + " (SELECT client_order_id FROM trading.orders WHERE strategy_id = :s)")
                .param("s", STRATEGY)
                .update();
        jdbc.sql("DELETE FROM trading.orders WHERE strategy_id = :s")
                .param("s", STRATEGY)
                .update();
        jdbc.sql("DELETE FROM trading.positions WHERE strategy_id = :s")
                .param("s", STRATEGY)
                .update();
        jdbc.sql("DELETE FROM trading.strategy_progress WHERE strategy_id = :s")
                .param("s", STRATEGY)
                .update();
        jdbc.sql("DELETE FROM trading.paper_fills WHERE client_order_id IN"
                        + " (SELECT client_order_id FROM trading.paper_orders WHERE secid = :secid)")
                .param("secid", SECID)
                .update();
        jdbc.sql("DELETE FROM trading.paper_orders WHERE secid = :secid")
                .param("secid", SECID)
                .update();
        jdbc.sql("DELETE FROM trading.paper_candles WHERE secid = :secid")
                .param("secid", SECID)
                .update();
        jdbc.sql("DELETE FROM trading.halts").update();
        // Client order ids derive from the strategy and the candle, so each test's events name the same ids.
        jdbc.sql("DELETE FROM trading.outbox WHERE body LIKE :strategy OR routing_key IN ('service.error',"
                        + " 'trading.halted')")
                .param("strategy", "%" + STRATEGY + "%")
                .update();
        AmqpAdmin admin = context.getBean(AmqpAdmin.class);
        admin.purgeQueue("trading.candles.crash-it", false);
        admin.purgeQueue("trading.candles.crash-it.dlq", false);
        List.copyOf(running).forEach(this::crash);
        GatewayThatDies.died = new CountDownLatch(1);
    }

    @Test
    void killedBetweenOrderStoredAndOrderSentTheRestartSendsItExactlyOnce() throws InterruptedException {
        ConfigurableApplicationContext first = start(GatewayThatDies.Moment.BEFORE_SEND);
        publishCandles(first, 0, 5);
        assertThat(GatewayThatDies.died.await(30, TimeUnit.SECONDS)).isTrue();
        String id = awaitOrder(first, "NEW");
        assertThat(brokerOrders(first, id)).isZero();
        crash(first);

        ConfigurableApplicationContext restarted = start(null);

        assertThat(orderState(restarted, id)).isEqualTo("SUBMITTED");
        assertThat(brokerOrders(restarted, id)).isEqualTo(1);
        assertThat(status(restarted)).containsEntry("reconciliation", "OK").containsEntry("halted", false);
        fillAndAssertBooksAgree(restarted, id);
    }

    @Test
    void aBrokerUnreachableWhenTheOrderWasSentGetsItOnceWhenItIsBackWithoutARestart() throws InterruptedException {
        ConfigurableApplicationContext service = start(GatewayThatDies.Moment.UNREACHABLE_AT_FIRST_SEND);
        publishCandles(service, 0, 5);
        assertThat(GatewayThatDies.died.await(30, TimeUnit.SECONDS)).isTrue();

        String id = awaitOrder(service, "SUBMITTED");

        assertThat(brokerOrders(service, id)).isEqualTo(1);
        assertThat(status(service)).containsEntry("halted", false);
        fillAndAssertBooksAgree(service, id);
    }

    @Test
    void killedBetweenSentAndAcknowledgedTheRestartAdoptsTheBrokersOrder() throws InterruptedException {
        ConfigurableApplicationContext first = start(GatewayThatDies.Moment.AFTER_SEND);
        publishCandles(first, 0, 5);
        assertThat(GatewayThatDies.died.await(30, TimeUnit.SECONDS)).isTrue();
        String id = awaitOrder(first, "NEW");
        assertThat(brokerOrders(first, id)).isEqualTo(1);
        crash(first);

        ConfigurableApplicationContext restarted = start(null);

        assertThat(orderState(restarted, id)).isEqualTo("SUBMITTED");
        assertThat(brokerOrders(restarted, id)).isEqualTo(1);
        assertThat(status(restarted)).containsEntry("reconciliation", "OK");
        fillAndAssertBooksAgree(restarted, id);
    }

    @Test
    void killedBetweenTheBrokersFillAndItsBookingTheRestartBooksTheFillOnce() throws InterruptedException {
        ConfigurableApplicationContext first = start(GatewayThatDies.Moment.AFTER_FILL);
        publishCandles(first, 0, 6);
        assertThat(GatewayThatDies.died.await(30, TimeUnit.SECONDS)).isTrue();
        String id = awaitOrder(first, "SUBMITTED");
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT state FROM trading.paper_orders WHERE client_order_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("FILLED");
        crash(first);

        ConfigurableApplicationContext restarted = start(null);

        assertThat(orderState(restarted, id)).isEqualTo("FILLED");
        assertThat(status(restarted)).containsEntry("reconciliation", "OK").containsEntry("halted", false);
        assertBooksAgree(restarted, id);
    }

    @Test
    void aPartialFillTheBrokerMadeWhileTheServiceWasDownIsAdoptedAndTheRestFillsAtTheNextOpen() {
        ConfigurableApplicationContext first = start(null);
        publishCandles(first, 0, 5);
        String id = awaitOrder(first, "SUBMITTED");
        // The exchange fills one of the two lots, and the service dies before it hears of it: the paper broker's
        // books say so, the service's do not.
        JdbcClient broker = first.getBean(JdbcClient.class);
        broker.sql("INSERT INTO trading.paper_fills (client_order_id, units, price, commission, executed_at)"
                        + " VALUES (:id, 10, 11.5, 0.0575, :at)")
                .param("id", id)
                .param("at", Timestamp.from(START.plus(Duration.ofMinutes(270))))
                .update();
        broker.sql("UPDATE trading.paper_orders SET state = 'PARTIALLY_FILLED', filled_units = 10"
                        + " WHERE client_order_id = :id")
                .param("id", id)
                .update();
        crash(first);

        ConfigurableApplicationContext restarted = start(null);

        assertThat(orderState(restarted, id)).isEqualTo("PARTIALLY_FILLED");
        assertThat(status(restarted)).containsEntry("reconciliation", "OK").containsEntry("halted", false);
        JdbcClient jdbc = restarted.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT units FROM trading.positions WHERE strategy_id = :s")
                        .param("s", STRATEGY)
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
        publishCandles(restarted, 5, 6);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FILLED".equals(orderState(restarted, id)));
        // 10 units at 11.5 and 10 at the next open, 12.
        assertBooksAgree(restarted, id, "11.75", List.of("NEW", "SUBMITTED", "PARTIALLY_FILLED", "FILLED"));
    }

    @Test
    void aPositionThatDiffersFromTheBrokersHaltsTradingAndPublishesServiceError() {
        ConfigurableApplicationContext first = start(null);
        AmqpAdmin firstAdmin = first.getBean(AmqpAdmin.class);
        Queue errors = new Queue("crash-it.service-errors", false, false, true);
        firstAdmin.declareQueue(errors);
        firstAdmin.declareBinding(BindingBuilder.bind(errors)
                .to(new TopicExchange(Exchanges.EVENTS))
                .with("service.error"));
        firstAdmin.purgeQueue(errors.getName(), false);
        crash(first);
        start(null)
                .getBean(JdbcClient.class)
                .sql("INSERT INTO trading.positions (strategy_id, secid, board, units, average_price, gross_realised,"
                        + " commission, capital, peak_equity, total_at_day_start, updated_at) VALUES (:s, :secid,"
                        + " 'TQBR', 30, 12, 0, 0, 1000000, 1000000, 0, now())")
                .param("s", STRATEGY)
                .param("secid", SECID)
                .update();
        crash(running.getLast());

        ConfigurableApplicationContext restarted = start(null);

        Map<String, Object> status = status(restarted);
        assertThat(status).containsEntry("halted", true);
        assertThat(status.get("reconciliation"))
                .asString()
                .startsWith("MISMATCH: CRASHIT/TQBR position is 30 units in our books but 0 at the broker");
        JdbcClient jdbc = restarted.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT reason FROM trading.halts WHERE scope = '*'")
                        .query(String.class)
                        .single())
                .startsWith("reconciliation mismatch: CRASHIT/TQBR");
        AmqpAdmin admin = restarted.getBean(AmqpAdmin.class);
        assertThat(outboxCount(jdbc, "trading.halted", "reconciliation mismatch"))
                .isEqualTo(1);
        RabbitTemplate rabbit = restarted.getBean(RabbitTemplate.class);
        Message error = rabbit.receive(errors.getName(), 20_000);
        assertThat(error).isNotNull();
        assertThat(new String(error.getBody(), StandardCharsets.UTF_8))
                .contains("\"component\":\"reconciliation\"")
                .contains("CRASHIT/TQBR position is 30 units");

        // Resuming reconciles again: refused while the difference is there, accepted once the books are put right.
        var refused = resume(restarted);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody())
                .extractingByKey("detail")
                .asString()
                .startsWith("the books still disagree with the broker, trading stays halted: CRASHIT/TQBR position"
                        + " is 30 units in our books but 0 at the broker");
        assertThat(status(restarted)).containsEntry("halted", true);
        jdbc.sql("DELETE FROM trading.positions WHERE strategy_id = :s")
                .param("s", STRATEGY)
                .update();
        var resumed = resume(restarted);
        assertThat(resumed.getStatusCode().value()).isEqualTo(200);
        assertThat(resumed.getBody()).containsEntry("halted", false).containsEntry("reconciliation", "OK");
        admin.deleteQueue(errors.getName());
    }

    private static ResponseEntity<Map<String, Object>> resume(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new RunningService(port)
                .http()
                .post()
                .uri("/api/v1/resume")
                .header("Authorization", "Bearer crash-it-token")
                .retrieve()
                .toEntity(RunningService.JSON_OBJECT);
    }

    private void fillAndAssertBooksAgree(ConfigurableApplicationContext context, String id) {
        publishCandles(context, 5, 6);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FILLED".equals(orderState(context, id)));
        assertBooksAgree(context, id);
    }

    /** One order at the broker, filled once; our order, position and events say the same, each event once. */
    private void assertBooksAgree(ConfigurableApplicationContext context, String id) {
        assertBooksAgree(context, id, "12", List.of("NEW", "SUBMITTED", "FILLED"));
    }

    private void assertBooksAgree(
            ConfigurableApplicationContext context, String id, String fillPrice, List<String> states) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertThat(brokerOrders(context, id)).isEqualTo(1);
        long fills = jdbc.sql("SELECT count(*) FROM trading.paper_fills WHERE client_order_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(fills).isEqualTo(states.size() - 2);
        assertThat(jdbc.sql("SELECT count(*) FROM trading.orders WHERE strategy_id = :s")
                        .param("s", STRATEGY)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Map<String, Object> order = jdbc.sql(
                        "SELECT units, filled_units, fill_price FROM trading.orders WHERE client_order_id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(order).containsEntry("units", 20L).containsEntry("filled_units", 20L);
        assertThat((BigDecimal) order.get("fill_price")).isEqualByComparingTo(fillPrice);
        long brokerUnits = jdbc.sql("SELECT COALESCE(SUM(f.units), 0) FROM trading.paper_fills f"
                        + " JOIN trading.paper_orders o USING (client_order_id) WHERE o.secid = :secid")
                .param("secid", SECID)
                .query(Long.class)
                .single();
        long bookUnits = jdbc.sql("SELECT units FROM trading.positions WHERE strategy_id = :s")
                .param("s", STRATEGY)
                .query(Long.class)
                .single();
        assertThat(bookUnits).isEqualTo(brokerUnits).isEqualTo(20);
        assertThat(jdbc.sql("SELECT state FROM trading.order_events WHERE client_order_id = :id ORDER BY id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactlyElementsOf(states);
        assertThat(outboxCount(jdbc, "trading.order.submitted", id)).isEqualTo(1);
        assertThat(outboxCount(jdbc, "trading.order.filled", id)).isEqualTo(fills);
        assertThat(outboxCount(jdbc, "trading.position.changed", STRATEGY)).isEqualTo(fills);
    }

    private static long outboxCount(JdbcClient jdbc, String routingKey, String containing) {
        return jdbc.sql("SELECT count(*) FROM trading.outbox WHERE routing_key = :key AND body LIKE :text")
                .param("key", routingKey)
                .param("text", "%" + containing + "%")
                .query(Long.class)
                .single();
    }

    private static String awaitOrder(ConfigurableApplicationContext context, String state) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT state FROM trading.orders WHERE strategy_id = :s")
                        .param("s", STRATEGY)
                        .query(String.class)
                        .list()
                        .equals(List.of(state)));
        return jdbc.sql("SELECT client_order_id FROM trading.orders WHERE strategy_id = :s")
                .param("s", STRATEGY)
                .query(String.class)
                .single();
    }

    private static String orderState(ConfigurableApplicationContext context, String id) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT state FROM trading.orders WHERE client_order_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static long brokerOrders(ConfigurableApplicationContext context, String id) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM trading.paper_orders WHERE client_order_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> status(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new RunningService(port)
                .http()
                .get()
                .uri("/api/v1/status")
                .retrieve()
                .body(RunningService.JSON_OBJECT);
    }

    private static void publishCandles(ConfigurableApplicationContext context, int from, int to) {
        ClosedCandles.publish(
                context.getBean(RabbitTemplate.class),
                context.getBean(JsonMapper.class),
                SECID,
                START,
                CLOSES,
                from,
                to);
    }
}
