package io.algomoex.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.Exchanges;
import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.OrderStatus;
import io.algomoex.engine.model.RandomWalkSeries;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import io.algomoex.trading.application.port.CandleStore;
import io.algomoex.trading.application.port.MarketDataFeed;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitOperations;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live loop on the real database and RabbitMQ: closed candles published as the collector publishes them become
 * the same orders as the backtest engine makes on the same candles, every state is stored, and every change is
 * published through the outbox.
 */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // A queue of its own: other test contexts in this JVM consume trading.candles.
            "algo.trading.amqp.candle-queue=trading.candles.loop-it",
            "algo.trading.outbox.relay-interval=PT0.2S",
            // The random walk has candles round the clock and replays hours of them in seconds: this test is about
            // parity with the backtest engine, so session hours and the order rate do not apply.
            "algo.trading.risk.session-hours-only=false",
            "algo.trading.risk.strategy.max-orders-per-minute=100000",
            "algo.trading.risk.account.max-orders-per-minute=100000",
            "algo.trading.strategies[0].id=gazp-loop",
            "algo.trading.strategies[0].secid=GAZP",
            "algo.trading.strategies[0].timeframe=1h",
            "algo.trading.strategies[0].params.fast=5",
            "algo.trading.strategies[0].params.slow=12",
            "algo.trading.strategies[0].size=3",
            "algo.trading.strategies[0].lot-size=10"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class TradingLoopIT {

    private static final Instrument GAZP = new Instrument("GAZP", "TQBR");
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
            new ParameterizedTypeReference<>() {};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    @Autowired
    MarketDataFeed feed;

    @Autowired
    CandleStore candleStore;

    @AfterEach
    void removeStoredCandles() {
        jdbc.sql("DO $$ BEGIN IF to_regclass('market.candles') IS NOT NULL THEN"
                        + " DELETE FROM market.candles WHERE secid = 'ITFEED'; END IF; END $$")
                .update();
    }

    @Test
    void paperTradesPublishedCandlesExactlyAsTheBacktestEngineAndPublishesEveryChange() {
        Queue events = new Queue("trading-loop-it.events." + UUID.randomUUID(), false, false, false);
        admin.declareQueue(events);
        admin.declareBinding(binding(events));
        BarSeries bars = RandomWalkSeries.generate(240, 7);
        List<CandleClosed> candles = candles(bars);

        // One channel for all of them: RabbitMQ keeps order only within a channel, as the collector's one publisher
        // does.
        rabbit.invoke(operations -> {
            candles.forEach(candle -> publish(operations, candle));
            publish(operations, candles.get(100));
            return null;
        });

        Instant last = candles.getLast().begin();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql(
                                "SELECT last_candle FROM trading.strategy_progress WHERE strategy_id = 'gazp-loop'")
                        .query(Timestamp.class)
                        .optional()
                        .map(Timestamp::toInstant)
                        .filter(last::equals)
                        .isPresent());

        BacktestResult backtest = BacktestEngine.run(
                bars, new SmaCrossStrategy(5, 12, 30), BacktestSettings.backtrader(1_000_000, 0.0005));
        List<OrderRecord> expected = backtest.orders().stream()
                .filter(order -> order.status() == OrderStatus.COMPLETED)
                .toList();
        assertThat(expected).hasSizeGreaterThan(3);
        List<Map<String, Object>> filled = http("/api/v1/orders?strategy=gazp-loop&status=filled").stream()
                .sorted(Comparator.comparing(
                        order -> Instant.parse(order.get("filledAt").toString())))
                .toList();
        assertThat(filled)
                .extracting(order -> Instant.parse(order.get("filledAt").toString()))
                .containsExactlyElementsOf(
                        expected.stream().map(OrderRecord::time).toList());
        for (int i = 0; i < filled.size(); i++) {
            Map<String, Object> order = filled.get(i);
            OrderRecord record = expected.get(i);
            assertThat(order)
                    .containsEntry("side", record.side().name())
                    .containsEntry("units", 30)
                    .containsEntry("lots", 3);
            assertThat(new BigDecimal(order.get("fillPrice").toString()).doubleValue())
                    .isEqualTo(record.price());
            assertThat(new BigDecimal(order.get("commission").toString()))
                    .isEqualByComparingTo(
                            new BigDecimal(order.get("fillPrice").toString()).multiply(new BigDecimal("0.015")));
            assertThat(Instant.parse(order.get("filledAt").toString())).isEqualTo(record.time());
        }
        String firstId = filled.getFirst().get("clientOrderId").toString();
        assertThat(jdbc.sql("SELECT state FROM trading.order_events WHERE client_order_id = :id ORDER BY id")
                        .param("id", firstId)
                        .query(String.class)
                        .list())
                .containsExactly("NEW", "SUBMITTED", "FILLED");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT count(*) FROM trading.outbox WHERE sent_at IS NULL")
                                .query(Long.class)
                                .single()
                        == 0);
        Map<String, Set<String>> received = receiveAll(events.getName());
        admin.deleteQueue(events.getName());
        assertThat(received.get("trading.order.filled")).hasSize(expected.size());
        assertThat(received.get("trading.order.submitted")).hasSizeGreaterThanOrEqualTo(expected.size());
        assertThat(received.get("trading.position.changed")).hasSize(expected.size());
        assertThat(received).containsKey("trading.pnl.updated");

        assertRestViews(backtest, last);
        assertThat(new RunningService(port)
                        .http()
                        .get()
                        .uri("/actuator/prometheus")
                        .retrieve()
                        .body(String.class))
                .contains("trading_orders_total{application=\"trading-service\",status=\"filled\"}")
                .contains("trading_pnl{application=\"trading-service\",secid=\"GAZP\",strategy=\"gazp-loop\"}")
                .contains("trading_candles_dropped_total{application=\"trading-service\",reason=\"out-of-order\"}")
                .contains("trading_candle_to_order_seconds_bucket")
                .contains("trading_halted{application=\"trading-service\",strategy=\"gazp-loop\"} 0.0");
        assertThat(RunningService.tablesIn(jdbc, "trading"))
                .contains("orders", "order_events", "positions", "strategy_progress", "outbox");
    }

    @Test
    void storesStreamedCandlesInMarketCandlesIdempotentlyAndReplacesChangedValues() {
        createCandleTable();
        Instant begin = Instant.parse("2026-01-05T07:00:00Z");
        Candle first = new Candle(
                new Instrument("ITFEED", "TQBR"),
                Timeframe.H1,
                begin,
                Price.of("250.10"),
                Price.of("251"),
                Price.of("249.5"),
                Price.of("250.70"),
                1960,
                null);
        Candle corrected = new Candle(
                first.instrument(),
                Timeframe.H1,
                begin,
                Price.of("250.10"),
                Price.of("251"),
                Price.of("249.5"),
                Price.of("250.80"),
                1970,
                null);

        candleStore.upsert(first, "alor");
        candleStore.upsert(first, "alor");
        assertThat(feed.lastClosed(first.instrument(), Timeframe.H1, 5)).containsExactly(first);
        candleStore.upsert(corrected, "alor");

        assertThat(feed.lastClosed(first.instrument(), Timeframe.H1, 5)).containsExactly(corrected);
        assertThat(jdbc.sql("SELECT source FROM market.candles WHERE secid = 'ITFEED'")
                        .query(String.class)
                        .list())
                .containsExactly("alor");
    }

    private void createCandleTable() {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS market").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS market.candles (secid text NOT NULL, board text NOT NULL,"
                        + " timeframe text NOT NULL, begin timestamptz NOT NULL, open numeric NOT NULL,"
                        + " high numeric NOT NULL, low numeric NOT NULL, close numeric NOT NULL, volume bigint NOT NULL,"
                        + " value numeric, source text NOT NULL, provisional boolean NOT NULL DEFAULT false,"
                        + " PRIMARY KEY (secid, board, timeframe, begin))")
                .update();
    }

    @Test
    void warmUpReadsTheLastClosedStoredCandlesOldestFirst() {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS market").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS market.candles (secid text NOT NULL, board text NOT NULL,"
                        + " timeframe text NOT NULL, begin timestamptz NOT NULL, open numeric NOT NULL,"
                        + " high numeric NOT NULL, low numeric NOT NULL, close numeric NOT NULL, volume bigint NOT NULL,"
                        + " value numeric, source text NOT NULL, provisional boolean NOT NULL DEFAULT false,"
                        + " PRIMARY KEY (secid, board, timeframe, begin))")
                .update();
        Instant start = Instant.parse("2026-01-05T07:00:00Z");
        for (int i = 0; i < 5; i++) {
            jdbc.sql(
                            "INSERT INTO market.candles (secid, board, timeframe, begin, open, high, low, close, volume, source,"
                                    + " provisional) VALUES ('ITFEED', 'TQBR', '1h', :begin, :price, :price, :price, :price, 1,"
                                    + " 'test', :provisional)")
                    .param("begin", Timestamp.from(start.plus(Duration.ofHours(i))))
                    .param("price", new BigDecimal("250.10").add(BigDecimal.valueOf(i)))
                    .param("provisional", i == 4)
                    .update();
        }

        List<Candle> candles = feed.lastClosed(new Instrument("ITFEED", "TQBR"), Timeframe.H1, 3);

        assertThat(candles)
                .extracting(Candle::begin)
                .containsExactly(
                        start.plus(Duration.ofHours(1)),
                        start.plus(Duration.ofHours(2)),
                        start.plus(Duration.ofHours(3)));
        assertThat(candles.getFirst().close().value()).isEqualByComparingTo("251.10");
    }

    private void assertRestViews(BacktestResult backtest, Instant last) {
        List<Map<String, Object>> positions = http("/api/v1/positions");
        assertThat(positions)
                .singleElement()
                .satisfies(position -> assertThat(position)
                        .containsEntry("strategy", "gazp-loop")
                        .containsEntry("units", (int) backtest.finalPosition()));
        Map<String, Object> pnl = new RunningService(port)
                .http()
                .get()
                .uri("/api/v1/pnl")
                .retrieve()
                .body(RunningService.JSON_OBJECT);
        assertThat(pnl.get("strategies"))
                .asInstanceOf(LIST)
                .singleElement()
                .asInstanceOf(MAP)
                .extractingByKey("equity")
                .satisfies(equity -> assertThat(new BigDecimal(equity.toString()).doubleValue())
                        .isCloseTo(backtest.finalValue(), within(1e-6)));
        Map<String, Object> status = new RunningService(port)
                .http()
                .get()
                .uri("/api/v1/status")
                .retrieve()
                .body(RunningService.JSON_OBJECT);
        assertThat(status.get("strategies"))
                .asInstanceOf(LIST)
                .singleElement()
                .asInstanceOf(MAP)
                .containsEntry("id", "gazp-loop")
                .containsEntry("lastCandle", last.toString());
        assertThat(statusOf("/api/v1/orders?status=bogus")).isEqualTo(400);
        assertThat(statusOf("/api/v1/orders?strategy=nobody")).isEqualTo(400);
        // Paged with a documented maximum (algo.trading.orders-api.max-limit, 1000 by default).
        assertThat(http("/api/v1/orders?strategy=gazp-loop&limit=1")).hasSize(1);
        assertThat(http("/api/v1/orders?strategy=gazp-loop&limit=1&offset=1")).hasSize(1);
        assertThat(statusOf("/api/v1/orders?limit=1001")).isEqualTo(400);
        assertThat(statusOf("/api/v1/orders?offset=-1")).isEqualTo(400);
        assertThat(http("/api/v1/strategies"))
                .singleElement()
                .satisfies(s -> assertThat(s).containsEntry("lotSize", 10));
    }

    private int statusOf(String uri) {
        return new RunningService(port)
                .http()
                .get()
                .uri(uri)
                .retrieve()
                .toEntity(String.class)
                .getStatusCode()
                .value();
    }

    private List<Map<String, Object>> http(String uri) {
        return new RunningService(port).http().get().uri(uri).retrieve().body(JSON_ARRAY);
    }

    private static Binding binding(Queue queue) {
        return BindingBuilder.bind(queue)
                .to(new TopicExchange(Exchanges.EVENTS))
                .with("trading.#");
    }

    private Map<String, Set<String>> receiveAll(String queue) {
        Map<String, Set<String>> received = new HashMap<>();
        Message message;
        while ((message = rabbit.receive(queue, 2_000)) != null) {
            JsonNode envelope = json.readTree(message.getBody());
            assertThat(envelope.get("source").asString()).isEqualTo("trading-service");
            received.computeIfAbsent(envelope.get("type").asString(), type -> new HashSet<>())
                    .add(envelope.get("eventId").asString());
        }
        return received;
    }

    private void publish(RabbitOperations operations, CandleClosed candle) {
        EventEnvelope<CandleClosed> envelope = EventEnvelope.wrap(candle, "collector-service", Clock.systemUTC());
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(envelope.eventId().toString());
        operations.send(
                Exchanges.EVENTS, envelope.routingKey(), new Message(json.writeValueAsBytes(envelope), properties));
    }

    private static List<CandleClosed> candles(BarSeries bars) {
        List<CandleClosed> candles = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            candles.add(new CandleClosed(
                    GAZP.secid(),
                    GAZP.board(),
                    Timeframe.H1.code(),
                    bars.time(i),
                    BigDecimal.valueOf(bars.open(i)),
                    BigDecimal.valueOf(bars.high(i)),
                    BigDecimal.valueOf(bars.low(i)),
                    BigDecimal.valueOf(bars.close(i)),
                    (long) bars.volume(i)));
        }
        return candles;
    }
}
