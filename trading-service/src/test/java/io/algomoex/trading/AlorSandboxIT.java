package io.algomoex.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.Exchanges;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.trading.adapter.out.broker.alor.AlorSettings;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlor;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlorSocket;
import io.algomoex.trading.application.ReconcileWithBroker;
import io.algomoex.trading.domain.Reconciliation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole trading-service in sandbox mode with a strategy on {@code broker: alor}, its Alor dev hosts pointed at
 * the loopback {@link FakeAlor} (REST and {@code /ws}), over the local PostgreSQL and RabbitMQ: bars pushed on the
 * fake's socket reach the loop, the order reaches the fake with our client id as {@code X-REQID}, the fill comes back
 * through the poller, the books and events agree, and the closed bars land in {@code market.candles} and on
 * {@code market.candle.closed}. Then the context is closed with an order the fake accepted but never answered, and a
 * new context on the same database finds it by reconciliation: one order at the fake.
 */
@IntegrationTest
class AlorSandboxIT {

    /** 10:00 Moscow time on a Monday. */
    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    /** fast 2 / slow 3: up-cross on bar 4 (buy), down-cross on bar 6 (sell); a bar closes when the next arrives. */
    private static final String[] CLOSES = {"10", "10", "9", "9", "12", "12", "8", "8"};

    private static final String SECID = "ALORIT";
    private static final String STRATEGY = "alor-it-sma";
    private static final String CANDLES_SEEN = "alor-it.candles-closed";

    private final FakeAlor fake = new FakeAlor(Clock.systemUTC()).lotSize(SECID, 10);
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    private ConfigurableApplicationContext start() {
        AlorSettings alor = fake.settings();
        List<String> properties = List.of(
                "--server.port=0",
                "--algo.trading.broker.mode=sandbox",
                "--algo.trading.alor.refresh-token=" + fake.refreshToken,
                "--algo.trading.alor.portfolio=" + fake.portfolio,
                "--algo.trading.alor.dev.api=" + alor.apiUrl(),
                "--algo.trading.alor.dev.oauth=" + alor.oauthUrl(),
                "--algo.trading.alor.dev.ws=" + alor.wsUrl(),
                // The fake's hang outlasts this, so an accepted order can stay unanswered.
                "--algo.trading.alor.read-timeout=PT0.5S",
                "--algo.trading.alor.reconnect-first=PT0.05S",
                "--algo.trading.alor.reconnect-max=PT0.2S",
                // One attempt: a send that times out leaves the order NEW for reconciliation to settle.
                "--algo.trading.send.deadline=PT0S",
                "--algo.trading.fills.poll-interval=PT0.1S",
                "--algo.trading.reconcile.unsent-retry-interval=P1D",
                "--algo.trading.amqp.candle-queue=trading.candles.alor-it",
                "--algo.trading.amqp.candle-dead-letter-queue=trading.candles.alor-it.dlq",
                "--algo.trading.amqp.command-queue=trading.commands.alor-it",
                "--algo.trading.amqp.command-dead-letter-queue=trading.commands.alor-it.dlq",
                "--algo.trading.outbox.relay-interval=PT0.2S",
                "--algo.api.token=alor-it-token",
                "--algo.trading.risk.session-hours-only=false",
                "--algo.trading.strategies[0].id=" + STRATEGY,
                "--algo.trading.strategies[0].secid=" + SECID,
                "--algo.trading.strategies[0].board=TQBR",
                "--algo.trading.strategies[0].timeframe=1m",
                "--algo.trading.strategies[0].broker=alor",
                "--algo.trading.strategies[0].params.fast=2",
                "--algo.trading.strategies[0].params.slow=3",
                "--algo.trading.strategies[0].size=1",
                "--algo.trading.strategies[0].lot-size=10");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        TradingServiceApplication.class, PostgresInfrastructure.class, RabbitInfrastructure.class)
                .run(properties.toArray(String[]::new));
        running.add(context);
        return context;
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        ConfigurableApplicationContext context = running.getLast();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("DELETE FROM trading.order_events WHERE client_order_id IN"
                        + " (SELECT client_order_id FROM trading.orders WHERE strategy_id = :s)")
                .param("s", STRATEGY)
                .update();
        for (String table : List.of("trading.orders", "trading.positions", "trading.strategy_progress")) {
            jdbc.sql("DELETE FROM " + table + " WHERE strategy_id = :s")
                    .param("s", STRATEGY)
                    .update();
        }
        jdbc.sql("DELETE FROM trading.halts").update();
        jdbc.sql("DELETE FROM trading.outbox WHERE body LIKE :strategy OR body LIKE :secid")
                .param("strategy", "%" + STRATEGY + "%")
                .param("secid", "%" + SECID + "%")
                .update();
        jdbc.sql("DELETE FROM market.candles WHERE secid = :secid")
                .param("secid", SECID)
                .update();
        AmqpAdmin admin = context.getBean(AmqpAdmin.class);
        admin.purgeQueue("trading.candles.alor-it", false);
        admin.deleteQueue(CANDLES_SEEN);
        running.forEach(ConfigurableApplicationContext::close);
        fake.close();
    }

    @Test
    void tradesThroughAlorInSandboxAndReconcilesAnOrderInFlightAfterARestart() {
        ConfigurableApplicationContext first = start();
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        createCandleTable(jdbc);
        watchClosedCandles(first);
        await().atMost(Duration.ofSeconds(30)).until(fake.socket::connected);

        // Bars 0..5: bar 5 closes bar 4, whose up-cross sends the buy.
        for (int i = 0; i <= 5; i++) {
            fake.socket.push(bar(i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> fake.orderCount() == 1);
        String buy = onlyOrder(jdbc, "SUBMITTED");
        RecordedRequest request = fake.orderRequests.getFirst();
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/commandapi/warptrans/TRADE/v2/client/orders/actions/market");
        assertThat(request.getHeaders().get("X-REQID")).isEqualTo(buy);
        JsonNode body = json.readTree(request.getBody().utf8());
        assertThat(body.path("side").asString()).isEqualTo("buy");
        assertThat(body.path("quantity").asLong()).isEqualTo(1);
        assertThat(body.path("instrument").path("symbol").asString()).isEqualTo(SECID);
        assertThat(body.path("instrument").path("exchange").asString()).isEqualTo("MOEX");
        assertThat(body.path("instrument").path("instrumentGroup").asString()).isEqualTo("TQBR");
        assertThat(body.path("user").path("portfolio").asString()).isEqualTo(fake.portfolio);
        assertThat(body.path("comment").asString()).isEqualTo(buy);

        // The fill is polled back within a second (poll interval 0.1 s).
        fake.fillWorking(new BigDecimal("12"), new BigDecimal("0.0005"), Instant.ofEpochSecond(bar(5).time()));
        await().atMost(Duration.ofSeconds(1)).until(() -> "FILLED".equals(state(jdbc, buy)));
        assertThat(units(jdbc)).isEqualTo(10);
        assertThat(outboxCount(jdbc, "trading.order.submitted", buy)).isEqualTo(1);
        assertThat(outboxCount(jdbc, "trading.order.filled", buy)).isEqualTo(1);
        assertThat(outboxCount(jdbc, "trading.position.changed", STRATEGY)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT state FROM trading.order_events WHERE client_order_id = :id ORDER BY id")
                        .param("id", buy)
                        .query(String.class)
                        .list())
                .containsExactly("NEW", "SUBMITTED", "FILLED");

        // Bars 0..4 are closed: stored as the collector stores them, and published.
        assertThat(jdbc.sql("SELECT count(*) FROM market.candles WHERE secid = :secid AND timeframe = '1m'"
                                + " AND source = 'alor' AND NOT provisional")
                        .param("secid", SECID)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(closedCandlesPublished(first, 5))
                .allSatisfy(text -> assertThat(text).contains("\"secid\":\"" + SECID + "\""));

        // The sell is accepted by Alor, but its answer never comes; then the service stops.
        fake.trouble(FakeAlor.Trouble.ACCEPT_THEN_HANG);
        fake.socket.push(bar(6));
        fake.socket.push(bar(7));
        await().atMost(Duration.ofSeconds(30)).until(() -> fake.orderCount() == 2);
        String sell = jdbc.sql("SELECT client_order_id FROM trading.orders WHERE strategy_id = :s AND side = 'SELL'")
                .param("s", STRATEGY)
                .query(String.class)
                .single();
        assertThat(state(jdbc, sell)).isEqualTo("NEW");
        first.close();
        running.remove(first);

        ConfigurableApplicationContext restarted = start();
        JdbcClient after = restarted.getBean(JdbcClient.class);

        Reconciliation outcome =
                restarted.getBean(ReconcileWithBroker.class).last().orElseThrow();
        assertThat(outcome.agrees()).as(outcome.mismatches().toString()).isTrue();
        assertThat(state(after, sell)).isEqualTo("SUBMITTED");
        assertThat(fake.orderCount()).isEqualTo(2);
        assertThat(fake.orderRequests)
                .filteredOn(r -> sell.equals(r.getHeaders().get("X-REQID")))
                .hasSize(1);
        fake.fillWorking(new BigDecimal("8"), new BigDecimal("0.0005"), Instant.ofEpochSecond(bar(7).time()));
        await().atMost(Duration.ofSeconds(5)).until(() -> "FILLED".equals(state(after, sell)));
        assertThat(units(after)).isZero();
        assertThat(fake.violations).isEmpty();
    }

    private static FakeAlorSocket.Bar bar(int index) {
        BigDecimal close = new BigDecimal(CLOSES[index]);
        return new FakeAlorSocket.Bar(
                START.plus(Duration.ofMinutes(index)).getEpochSecond(),
                close,
                close.add(BigDecimal.ONE),
                close.subtract(BigDecimal.ONE),
                close,
                1000);
    }

    private static void createCandleTable(JdbcClient jdbc) {
        // The collector owns market.candles; this is its shape (as TradingLoopIT creates it) when it has not run here.
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS market").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS market.candles (secid text NOT NULL, board text NOT NULL,"
                        + " timeframe text NOT NULL, begin timestamptz NOT NULL, open numeric NOT NULL,"
                        + " high numeric NOT NULL, low numeric NOT NULL, close numeric NOT NULL, volume bigint NOT NULL,"
                        + " value numeric, source text NOT NULL, provisional boolean NOT NULL DEFAULT false,"
                        + " PRIMARY KEY (secid, board, timeframe, begin))")
                .update();
    }

    private static void watchClosedCandles(ConfigurableApplicationContext context) {
        AmqpAdmin admin = context.getBean(AmqpAdmin.class);
        Queue queue = new Queue(CANDLES_SEEN, false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue)
                .to(new TopicExchange(Exchanges.EVENTS))
                .with("market.candle.closed"));
        admin.purgeQueue(CANDLES_SEEN, false);
    }

    /** The {@code market.candle.closed} messages of our instrument, awaited until {@code count} arrived. */
    private static List<String> closedCandlesPublished(ConfigurableApplicationContext context, int count) {
        RabbitTemplate rabbit = context.getBean(RabbitTemplate.class);
        List<String> ours = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Message message = rabbit.receive(CANDLES_SEEN, 200);
            if (message != null) {
                String text = new String(message.getBody(), StandardCharsets.UTF_8);
                if (text.contains(SECID)) {
                    ours.add(text);
                }
            }
            return ours.size() >= count;
        });
        return ours;
    }

    private static String onlyOrder(JdbcClient jdbc, String state) {
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

    private static String state(JdbcClient jdbc, String id) {
        return jdbc.sql("SELECT state FROM trading.orders WHERE client_order_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static long units(JdbcClient jdbc) {
        return jdbc.sql("SELECT units FROM trading.positions WHERE strategy_id = :s")
                .param("s", STRATEGY)
                .query(Long.class)
                .single();
    }

    private static long outboxCount(JdbcClient jdbc, String routingKey, String containing) {
        return jdbc.sql("SELECT count(*) FROM trading.outbox WHERE routing_key = :key AND body LIKE :text")
                .param("key", routingKey)
                .param("text", "%" + containing + "%")
                .query(Long.class)
                .single();
    }
}
