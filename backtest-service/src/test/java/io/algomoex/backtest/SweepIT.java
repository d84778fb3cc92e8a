package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.backtest.application.PurgeExpiredRuns;
import io.algomoex.common.event.Exchanges;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.Sweep;
import io.algomoex.engine.sweep.SweepEntry;
import io.algomoex.engine.sweep.SweepProgress;
import io.algomoex.engine.sweep.SweepResult;
import io.algomoex.engine.sweep.SweepSettings;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "algo.api.token=test-token",
            "algo.backtest.sweep.chunk-size=25",
            "algo.backtest.sweep.instance-id=single",
            "algo.backtest.outbox.relay-interval=200ms"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
@SuppressWarnings("unchecked")
class SweepIT {

    private static final String EVENTS_QUEUE = "sweep-it.events";

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

    @Autowired
    MeterRegistry meters;

    @Autowired
    PurgeExpiredRuns purgeExpiredRuns;

    @AfterEach
    void removeData() {
        amqp.deleteQueue(EVENTS_QUEUE);
        Sweeps.removeAll(amqp, jdbc);
    }

    private Sweeps sweeps() {
        return new Sweeps(port);
    }

    @Test
    void aSweepOverStoredCandlesStoresEveryCombinationOnceAndRanksAsTheEngine() {
        BarSeries bars = StoredCandles.store(jdbc, 800, 20240103);
        Queue events = new Queue(EVENTS_QUEUE, false, false, false);
        amqp.declareQueue(events);
        amqp.declareBinding(
                new Binding(EVENTS_QUEUE, Binding.DestinationType.QUEUE, Exchanges.EVENTS, "sweep.completed", null));
        double loadsBefore = meters.counter("backtest.sweep.series.loads").count();

        ResponseEntity<Map<String, Object>> accepted = sweeps().post("/api/v1/sweeps", """
                {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                 "strategy":"sma-cross","cash":1000000,"commission":0.0005,"size":10,
                 "grid":{"fast":"2:30:1","slow":"10:80:5"},"objective":"sharpe","minTrades":3,"top":10}
                """);

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getBody()).containsEntry("status", "QUEUED").containsKey("id");
        String id = (String) accepted.getBody().get("id");
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/v1/sweeps/" + id);
        Map<String, Object> sweep = sweeps().awaitStatus("/api/v1/sweeps/" + id, "SUCCEEDED");

        SweepSettings settings = new SweepSettings(
                ParameterRange.parse("2:30:1"), ParameterRange.parse("10:80:5"), 10, Objective.SHARPE, 10, 3, 2);
        SweepResult expected =
                Sweep.run(bars, settings, BacktestSettings.backtrader(1_000_000, 0.0005), SweepProgress.NONE);
        assertThat(sweep)
                .containsEntry("combinations", (int) expected.combinations())
                .containsEntry("completed", (int) expected.combinations())
                .containsEntry("progress", 1.0)
                .containsEntry("bars", 800)
                .containsEntry("error", null);
        assertThat(Sweeps.ranking(sweep))
                .isEqualTo(Sweeps.ranking(expected.best()))
                .hasSize(10);
        assertThat(sweep.get("best")).isEqualTo(((List<?>) sweep.get("top")).getFirst());
        Map<String, Object> best = (Map<String, Object>) sweep.get("best");
        SweepEntry engineBest = expected.best().getFirst();
        assertThat(((Number) best.get("finalValue")).doubleValue()).isEqualTo(engineBest.finalValue());
        assertThat((Map<String, Object>) best.get("metrics"))
                .containsEntry("trades", (double) engineBest.metrics().trades())
                .containsEntry("sharpe", engineBest.metrics().sharpe());

        assertThat(Sweeps.storedCombinations(jdbc, id)).isEqualTo(expected.combinations());
        assertThat(jdbc.sql("SELECT count(DISTINCT computed_by) FROM backtest.sweep_chunks WHERE sweep_id = ?::uuid"
                                + " AND computed_by = 'single' AND status = 'DONE'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        List<Map<String, Object>> results = sweeps().results(id);
        assertThat(results).hasSize((int) expected.combinations());
        assertThat(results.getFirst()).containsOnlyKeys("params", "objective", "trades", "finalValue");
        assertThat(results.getFirst().get("params")).isEqualTo(Map.of("fast", 2, "slow", 10));
        // Candles were loaded once for the whole sweep, not once per chunk.
        assertThat(meters.counter("backtest.sweep.series.loads").count() - loadsBefore)
                .isEqualTo(1.0);

        Message event = rabbit.receive(EVENTS_QUEUE, 10_000);
        assertThat(event).isNotNull();
        JsonNode envelope = json.readTree(event.getBody());
        assertThat(envelope.path("type").asString()).isEqualTo("sweep.completed");
        assertThat(envelope.path("source").asString()).isEqualTo("backtest-service");
        JsonNode payload = envelope.path("payload");
        assertThat(payload.path("sweepId").asString()).isEqualTo(id);
        assertThat(payload.path("runs").asInt()).isEqualTo((int) expected.combinations());
        assertThat(payload.path("bestParameters").path("fast").asString()).isEqualTo(String.valueOf(engineBest.fast()));
        assertThat(payload.path("bestValue").asDouble()).isEqualTo(engineBest.score());
        assertThat(payload.path("reportUrl").asString()).isEqualTo("http://localhost:8082/sweeps/" + id);

        Map<String, Object> page = new RunningService(port)
                .http()
                .get()
                .uri("/api/v1/sweeps?size=5")
                .retrieve()
                .body(RunningService.JSON_OBJECT);
        assertThat(page).containsEntry("total", 1);
        String prometheus = new RunningService(port)
                .http()
                .get()
                .uri("/actuator/prometheus")
                .retrieve()
                .body(String.class);
        assertThat(prometheus)
                .contains("backtest_sweep_combinations_total")
                .contains("backtest_sweep_bar_combinations_total")
                .contains("backtest_runs_total{application=\"backtest-service\",kind=\"sweep\"}")
                .contains("backtest_sweep_queue_depth")
                .contains("backtest_sweep_chunk_failures_total");
    }

    @Test
    void deleteCancelsARunningSweepAndTheRemainingChunksAreSkipped() {
        StoredCandles.store(jdbc, 2000, 7);
        String id = (String) sweeps().post("/api/v1/sweeps", """
                        {"secid":"SBER","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                         "grid":{"fast":"2:120:1","slow":"10:300:2"},"objective":"final-value"}
                        """).getBody().get("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> ((Number) sweeps().get("/api/v1/sweeps/" + id).get("completed")).intValue() > 0);

        ResponseEntity<Map<String, Object>> cancelled = sweeps().delete("/api/v1/sweeps/" + id);

        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
        assertThat(cancelled.getBody().get("finishedAt")).isNotNull();
        // Every chunk still queued is taken and skipped: the queue drains and nothing more is stored.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Sweeps.queueDepth(amqp) == 0 && Sweeps.unsentOutbox(jdbc) == 0);
        Map<String, Object> after = sweeps().get("/api/v1/sweeps/" + id);
        int completed = ((Number) after.get("completed")).intValue();
        assertThat(after).containsEntry("status", "CANCELLED").containsEntry("top", List.of());
        assertThat(completed).isLessThan(((Number) after.get("combinations")).intValue());
        assertThat(Sweeps.storedCombinations(jdbc, id)).isEqualTo(completed);
        ResponseEntity<Map<String, Object>> again = sweeps().delete("/api/v1/sweeps/" + id);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat((String) again.getBody().get("detail")).contains("CANCELLED");
    }

    @Test
    void namesTheInvalidFieldAndTheMissingData() {
        StoredCandles.store(jdbc, 50, 1);
        String market = "\"secid\":\"SBER\",\"timeframe\":\"1h\",\"from\":\"2024-01-01\",\"till\":\"2024-12-31\"";

        assertThat(sweeps().problem("/api/v1/sweeps", "{" + market + ",\"grid\":{}}", 400))
                .containsEntry("field", "grid");
        assertThat(sweeps().problem(
                                "/api/v1/sweeps",
                                "{" + market + ",\"grid\":{\"fast\":\"5:x\",\"slow\":\"20:30\"}}",
                                400))
                .containsEntry("field", "grid.fast");
        assertThat(sweeps().problem(
                                "/api/v1/sweeps",
                                "{" + market + ",\"grid\":{\"fast\":\"50:60\",\"slow\":\"20:30\"}}",
                                400))
                .containsEntry("field", "grid");
        // Issue 17: a grid this size must be refused from its bounds, before an 8 GB array is allocated.
        assertThat(sweeps().problem(
                                "/api/v1/sweeps",
                                "{" + market + ",\"grid\":{\"fast\":\"1:2147483647\",\"slow\":\"20:30\"}}",
                                400))
                .containsEntry("field", "grid");
        assertThat(sweeps().problem(
                                "/api/v1/walk-forward",
                                "{" + market + ",\"grid\":{\"fast\":\"1:2147483647\",\"slow\":\"1:2147483647\"},"
                                        + "\"trainBars\":20,\"testBars\":10}",
                                400))
                .containsEntry("field", "grid");
        assertThat(sweeps().problem(
                                "/api/v1/sweeps",
                                "{" + market + ",\"cash\":-5,\"grid\":{\"fast\":\"5:10\",\"slow\":\"20:30\"}}",
                                400))
                .containsEntry("field", "cash");
        assertThat(sweeps().problem(
                                "/api/v1/sweeps",
                                "{" + market
                                        + ",\"objective\":\"luck\",\"grid\":{\"fast\":\"5:10\",\"slow\":\"20:30\"}}",
                                400))
                .containsEntry("field", "objective");
        assertThat((String) sweeps().problem(
                                "/api/v1/sweeps",
                                "{\"secid\":\"NOPE\",\"timeframe\":\"1h\",\"from\":\"2024-01-01\",\"till\":\"2024-12-31\","
                                        + "\"grid\":{\"fast\":\"5:10\",\"slow\":\"20:30\"}}",
                                404)
                        .get("detail"))
                .contains("unknown instrument NOPE");
        assertThat((String) sweeps().problem(
                                "/api/v1/sweeps",
                                "{\"secid\":\"SBER\",\"timeframe\":\"1h\",\"from\":\"2020-01-01\",\"till\":\"2020-12-31\","
                                        + "\"grid\":{\"fast\":\"5:10\",\"slow\":\"20:30\"}}",
                                404)
                        .get("detail"))
                .contains("no 1h candles of SBER:TQBR between 2020-01-01");
        assertThat(sweeps().problem(
                                "/api/v1/walk-forward",
                                "{" + market + ",\"grid\":{\"fast\":\"5:10\",\"slow\":\"20:30\"},\"testBars\":10}",
                                400))
                .containsEntry("field", "trainBars");
        assertThat(sweeps().problem(
                                "/api/v1/walk-forward",
                                "{" + market + ",\"grid\":{\"fast\":\"5:10\",\"slow\":\"20:30\"},\"trainBars\":50,"
                                        + "\"testBars\":10}",
                                400))
                .containsEntry("field", "trainBars");
        String unknown = "/api/v1/sweeps/00000000-0000-0000-0000-000000000001";
        assertThat(sweeps().getStatus(unknown)).isEqualTo(404);
        assertThat(sweeps().getStatus(unknown + "/results")).isEqualTo(404);
        assertThat(sweeps().delete(unknown).getStatusCode().value()).isEqualTo(404);
        assertThat(sweeps().getStatus("/api/v1/walk-forward/00000000-0000-0000-0000-000000000001"))
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM backtest.sweeps")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void retentionDeletesRunsAndFinishedSweepsOlderThanThePeriodAndKeepsActiveOnes() {
        Instant now = Instant.now();
        insertRun(now.minus(Duration.ofDays(200)));
        UUID recentRun = insertRun(now.minus(Duration.ofDays(10)));
        UUID oldFinished = insertSweep(now.minus(Duration.ofDays(200)), "SUCCEEDED");
        UUID oldRunning = insertSweep(now.minus(Duration.ofDays(200)), "RUNNING");
        UUID recentFinished = insertSweep(now.minus(Duration.ofDays(10)), "CANCELLED");

        assertThat(purgeExpiredRuns.purge(Duration.ZERO).runs()).isZero();
        PurgeExpiredRuns.Purged purged = purgeExpiredRuns.purge(Duration.ofDays(90));

        assertThat(purged.runs()).isEqualTo(1);
        assertThat(purged.sweeps()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT id FROM backtest.runs").query(UUID.class).list())
                .containsExactly(recentRun);
        assertThat(jdbc.sql("SELECT id FROM backtest.sweeps").query(UUID.class).list())
                .containsExactlyInAnyOrder(oldRunning, recentFinished)
                .doesNotContain(oldFinished);
        assertThat(jdbc.sql("SELECT count(*) FROM backtest.sweep_chunks WHERE sweep_id = ?")
                        .param(oldFinished)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private UUID insertRun(Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO backtest.runs (id, created_at, secid, board, timeframe, strategy, request, bars,
                                                   final_value)
                        VALUES (?, ?, 'SBER', 'TQBR', '1h', 'sma-cross', '{}', 10, 1000000)
                        """).params(id, Timestamp.from(createdAt)).update();
        return id;
    }

    private UUID insertSweep(Instant createdAt, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO backtest.sweeps (id, kind, request, status, combinations, chunk_count, bars,
                                                     created_at)
                        VALUES (?, 'sweep', '{}', ?, 1, 1, 10, ?)
                        """).params(id, status, Timestamp.from(createdAt)).update();
        jdbc.sql("""
                        INSERT INTO backtest.sweep_chunks (sweep_id, chunk_index, first_combination, combos, status)
                        VALUES (?, 0, 0, 1, 'PENDING')
                        """).param(id).update();
        return id;
    }

    @Test
    void aChunkThatKeepsFailingFailsItsSweepAndIsDeadLettered() {
        StoredCandles.store(jdbc, 200, 3);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO backtest.sweeps (id, kind, request, status, combinations, chunk_count, bars,
                                                     created_at)
                        VALUES (?, 'sweep', ?::jsonb, 'QUEUED', 2, 1, 200, now())
                        """).params(id, """
                        {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                         "strategy":"sma-cross","cash":1000000,"commission":0.0005,"size":10,"fill":"next-open",
                         "slippageBps":0,"fast":"5:6:1","slow":"20:20:1","objective":"sharpe","minTrades":0,"top":5}
                        """).update();
        // A chunk row pointing past the grid: computing it throws outside the engine's validation on every attempt.
        jdbc.sql("""
                        INSERT INTO backtest.sweep_chunks (sweep_id, chunk_index, first_combination, combos, status)
                        VALUES (?, 0, 5, 2, 'PENDING')
                        """).param(id).update();
        double failuresBefore = meters.counter("backtest.sweep.chunk.failures").count();

        rabbit.convertAndSend(
                "",
                Exchanges.SWEEP_CHUNKS_QUEUE,
                ("{\"sweepId\":\"" + id + "\",\"chunk\":0}").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Map<String, Object> sweep = sweeps().awaitStatus("/api/v1/sweeps/" + id, "FAILED");
        assertThat((String) sweep.get("error")).startsWith("chunk 0 could not be computed: IndexOutOfBoundsException");
        String deadLetters = Exchanges.SWEEP_CHUNKS_QUEUE + ".dlq";
        Message dead = rabbit.receive(deadLetters, 10_000);
        assertThat(dead).isNotNull();
        assertThat(json.readTree(dead.getBody()).path("sweepId").asString()).isEqualTo(id.toString());
        // The first attempt and both retries each count as a failure.
        assertThat(meters.counter("backtest.sweep.chunk.failures").count() - failuresBefore)
                .isEqualTo(3.0);
    }

    @Test
    void refusesToStartASweepWithoutTheToken() {
        StoredCandles.store(jdbc, 50, 1);
        ResponseEntity<Map<String, Object>> response = new RunningService(port)
                .http()
                .post()
                .uri("/api/v1/sweeps")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{}")
                .retrieve()
                .toEntity(new ParameterizedTypeReference<>() {});

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }
}
