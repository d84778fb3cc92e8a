package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.algomoex.common.event.Exchanges;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "algo.api.token=test-token")
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class RestBacktestIT {

    private static final int BARS = 600;
    // 2024-01-03 10:00 Moscow; hourly bars from there.
    private static final long FIRST = Instant.parse("2024-01-03T07:00:00Z").getEpochSecond();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmqpAdmin amqp;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    private final long[] times = new long[BARS];
    private final double[] open = new double[BARS];
    private final double[] high = new double[BARS];
    private final double[] low = new double[BARS];
    private final double[] close = new double[BARS];
    private final double[] volume = new double[BARS];

    /**
     * The collector owns {@code market.candles}; this test creates the columns this service reads, as the collector's
     * V1 migration defines them, and fills it with a seeded random walk on a 0.01 price grid.
     */
    @BeforeEach
    void storeCandles() {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS market").update();
        jdbc.sql("""
                        CREATE TABLE IF NOT EXISTS market.candles (
                            secid text NOT NULL, board text NOT NULL, timeframe text NOT NULL, begin timestamptz NOT NULL,
                            open numeric NOT NULL, high numeric NOT NULL, low numeric NOT NULL, close numeric NOT NULL,
                            volume bigint NOT NULL, value numeric, source text NOT NULL,
                            provisional boolean NOT NULL DEFAULT false,
                            PRIMARY KEY (secid, board, timeframe, begin))
                        """).update();
        Random random = new Random(20240103);
        BigDecimal price = new BigDecimal("270.00");
        for (int i = 0; i < BARS; i++) {
            BigDecimal o = price;
            BigDecimal c =
                    o.add(BigDecimal.valueOf(random.nextInt(201) - 100, 2)).max(new BigDecimal("1.00"));
            BigDecimal h = o.max(c).add(BigDecimal.valueOf(random.nextInt(30), 2));
            BigDecimal l =
                    o.min(c).subtract(BigDecimal.valueOf(random.nextInt(30), 2)).max(new BigDecimal("0.50"));
            times[i] = FIRST + 3600L * i;
            open[i] = o.doubleValue();
            high[i] = h.doubleValue();
            low[i] = l.doubleValue();
            close[i] = c.doubleValue();
            volume[i] = 1000 + i;
            jdbc.sql("""
                            INSERT INTO market.candles (secid, board, timeframe, begin, open, high, low, close, volume,
                                                        source)
                            VALUES ('SBER', 'TQBR', '1h', ?, ?, ?, ?, ?, ?, 'test')
                            """)
                    .params(Timestamp.from(Instant.ofEpochSecond(times[i])), o, h, l, c, 1000 + i)
                    .update();
            price = c.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    @AfterEach
    void removeData() {
        jdbc.sql("DROP TABLE market.candles").update();
        jdbc.sql("DELETE FROM backtest.runs").update();
        jdbc.sql("DELETE FROM backtest.outbox").update();
    }

    private ResponseEntity<Map<String, Object>> post(String body, String token) {
        return new RunningService(port)
                .http()
                .post()
                .uri("/api/v1/backtests")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token)
                .body(body)
                .retrieve()
                .toEntity(RunningService.JSON_OBJECT);
    }

    @Test
    void aRestBacktestOverStoredCandlesEqualsTheEngineOnTheSameCandles() {
        ResponseEntity<Map<String, Object>> created = post("""
                {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                 "strategy":"sma-cross","params":{"fast":10,"slow":30},"cash":1000000,"commission":0.0005,"size":10}
                """, "test-token");

        BacktestResult expected = BacktestEngine.run(
                BarSeries.of(times, open, high, low, close, volume),
                new SmaCrossStrategy(10, 30, 10),
                BacktestSettings.backtrader(1_000_000, 0.0005));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        Map<String, Object> report = created.getBody();
        assertThat(report).containsEntry("bars", BARS);
        assertThat(((Number) report.get("finalValue")).doubleValue()).isEqualTo(expected.finalValue());
        List<?> orders = (List<?>) report.get("orders");
        assertThat(orders).hasSize(expected.orders().size()).isNotEmpty();
        for (int i = 0; i < orders.size(); i++) {
            Map<?, ?> order = (Map<?, ?>) orders.get(i);
            OrderRecord engine = expected.orders().get(i);
            assertThat(order.get("side")).isEqualTo(engine.side().name());
            assertThat(((Number) order.get("price")).doubleValue()).isEqualTo(engine.price());
            assertThat(((Number) order.get("commission")).doubleValue()).isCloseTo(engine.commission(), within(1e-9));
            assertThat(order.get("time")).isEqualTo(engine.time().toString());
            assertThat(order.get("signalTime")).isEqualTo(engine.signalTime().toString());
        }

        Map<String, Object> again = new RunningService(port)
                .http()
                .get()
                .uri(created.getHeaders().getLocation())
                .retrieve()
                .body(RunningService.JSON_OBJECT);
        assertThat(again).isEqualTo(report);
    }

    @Test
    void publishesBacktestCompletedWithTheHeadlineNumbersOnceTheRunIsStored() {
        String queue = "rest-backtest-it.events";
        amqp.declareQueue(new Queue(queue, false, false, false));
        amqp.declareBinding(
                new Binding(queue, Binding.DestinationType.QUEUE, Exchanges.EVENTS, "backtest.completed", null));
        try {
            Map<String, Object> report = post("""
                    {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                     "params":{"fast":10,"slow":30}}
                    """, "test-token").getBody();

            Message message = rabbit.receive(queue, 10_000);
            assertThat(message).isNotNull();
            JsonNode envelope = json.readTree(message.getBody());
            assertThat(envelope.path("type").asString()).isEqualTo("backtest.completed");
            JsonNode payload = envelope.path("payload");
            Map<?, ?> metrics = (Map<?, ?>) report.get("metrics");
            assertThat(payload.path("runId").asString()).isEqualTo(report.get("id"));
            assertThat(payload.path("trades").asInt()).isEqualTo(((Number) metrics.get("trades")).intValue());
            assertThat(payload.path("totalReturn").decimalValue())
                    .isEqualByComparingTo(BigDecimal.valueOf(((Number) metrics.get("totalReturnPercent")).doubleValue())
                            .movePointLeft(2));
            assertThat(payload.path("reportUrl").asString())
                    .isEqualTo("http://localhost:8082/backtests/" + report.get("id"));
        } finally {
            amqp.deleteQueue(queue);
        }
    }

    @Test
    void namesTheInvalidFieldAndTheMissingData() {
        ResponseEntity<Map<String, Object>> badPeriods = post("""
                {"secid":"SBER","timeframe":"1h","from":"2024-01-01","till":"2024-12-31","params":{"fast":50,"slow":20}}
                """, "test-token");
        ResponseEntity<Map<String, Object>> negativeCash = post("""
                {"secid":"SBER","timeframe":"1h","from":"2024-01-01","till":"2024-12-31","params":{"fast":5,"slow":20},
                 "cash":-5}
                """, "test-token");
        ResponseEntity<Map<String, Object>> unknown = post("""
                {"secid":"NOPE","timeframe":"1h","from":"2024-01-01","till":"2024-12-31","params":{"fast":5,"slow":20}}
                """, "test-token");
        ResponseEntity<Map<String, Object>> emptyRange = post("""
                {"secid":"SBER","timeframe":"1h","from":"2020-01-01","till":"2020-12-31","params":{"fast":5,"slow":20}}
                """, "test-token");

        assertThat(badPeriods.getStatusCode().value()).isEqualTo(400);
        assertThat(badPeriods.getBody()).containsEntry("field", "params.fast");
        assertThat(negativeCash.getStatusCode().value()).isEqualTo(400);
        assertThat(negativeCash.getBody()).containsEntry("field", "cash");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat((String) unknown.getBody().get("detail")).contains("unknown instrument NOPE");
        assertThat(emptyRange.getStatusCode().value()).isEqualTo(404);
        assertThat((String) emptyRange.getBody().get("detail"))
                .contains("no 1h candles of SBER:TQBR between 2020-01-01");
        assertThat(jdbc.sql("SELECT count(*) FROM backtest.runs")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAWrongToken() {
        ResponseEntity<Map<String, Object>> response = post("""
                {"secid":"SBER","timeframe":"1h","from":"2024-01-01","till":"2024-12-31","params":{"fast":5,"slow":20}}
                """, "wrong");

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }
}
