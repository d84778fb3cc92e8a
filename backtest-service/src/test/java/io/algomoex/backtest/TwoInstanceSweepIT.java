package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.Exchanges;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.Sweep;
import io.algomoex.engine.sweep.SweepProgress;
import io.algomoex.engine.sweep.SweepResult;
import io.algomoex.engine.sweep.SweepSettings;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two replicas of the service in one test: this test's context ({@code a}) and a second application context
 * ({@code b}) on the same database and RabbitMQ vhost, both consuming the sweep work queue. Other cached test contexts
 * are paused by the TestContext framework while this class runs, so {@code a} and {@code b} are the only consumers.
 */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "algo.api.token=test-token",
            "algo.backtest.sweep.chunk-size=40",
            "algo.backtest.sweep.instance-id=a",
            "algo.backtest.outbox.relay-interval=200ms"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class TwoInstanceSweepIT {

    private static final String MARKET = """
            "secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
            "cash":1000000,"commission":0.0005,"size":10""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmqpAdmin amqp;

    @Autowired
    RabbitTemplate rabbit;

    private ConfigurableApplicationContext second;

    @BeforeEach
    void startSecondInstance() {
        second = new SpringApplicationBuilder(
                        BacktestServiceApplication.class, PostgresInfrastructure.class, RabbitInfrastructure.class)
                .properties(
                        "server.port=0",
                        "algo.api.token=test-token",
                        "algo.backtest.sweep.chunk-size=40",
                        "algo.backtest.sweep.instance-id=b",
                        "algo.backtest.outbox.relay-interval=200ms",
                        "spring.jmx.enabled=false")
                .run();
    }

    @AfterEach
    void stopSecondInstanceAndRemoveData() {
        if (second.isActive()) {
            second.close();
        }
        Sweeps.removeAll(amqp, jdbc);
    }

    private Sweeps sweeps() {
        return new Sweeps(port);
    }

    @Test
    void twoInstancesShareTheChunksAndStoreEveryCombinationOnce() {
        BarSeries bars = StoredCandles.store(jdbc, 1500, 424242);

        Map<String, Object> sweep = sweeps().startAndAwaitSuccess("/api/v1/sweeps", "{" + MARKET + """
                ,"grid":{"fast":"2:60:1","slow":"10:200:5"},"objective":"sharpe","minTrades":5,"top":20}
                """);
        String id = (String) sweep.get("id");

        SweepResult expected = engineSweep(bars, "2:60:1", "10:200:5", Objective.SHARPE, 5, 20);
        assertThat(sweep).containsEntry("combinations", (int) expected.combinations());
        assertThat(Sweeps.storedCombinations(jdbc, id)).isEqualTo(expected.combinations());
        assertThat(Sweeps.ranking(sweep))
                .isEqualTo(Sweeps.ranking(expected.best()))
                .hasSize(20);
        assertThat(chunksComputedBy(id, "a")).isPositive();
        assertThat(chunksComputedBy(id, "b")).isPositive();
        assertThat(chunksComputedBy(id, "a") + chunksComputedBy(id, "b"))
                .isEqualTo((((Number) sweep.get("combinations")).intValue() + 39) / 40);
        // The second instance answers GET from the same stored chunks.
        int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Map<String, Object> fromSecond = new Sweeps(secondPort).get("/api/v1/sweeps/" + id);
        assertThat(fromSecond).isEqualTo(sweep);
    }

    @Test
    void twoCopiesOfEveryChunkTakenAtOnceByBothInstancesAreStoredOnce() {
        BarSeries bars = StoredCandles.store(jdbc, 1000, 31337);
        SweepResult expected = engineSweep(bars, "2:40:1", "10:120:5", Objective.SHARPE, 3, 10);
        int combinations = (int) expected.combinations();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO backtest.sweeps (id, kind, request, status, combinations, chunk_count, bars,
                                                     created_at)
                        VALUES (?, 'sweep', ?::jsonb, 'QUEUED', ?, ?, 1000, now())
                        """).params(id, """
                        {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                         "strategy":"sma-cross","cash":1000000,"commission":0.0005,"size":10,"fill":"next-open",
                         "slippageBps":0,"fast":"2:40:1","slow":"10:120:5","objective":"sharpe","minTrades":3,
                         "top":10}
                        """, combinations, (combinations + 39) / 40).update();
        for (int chunk = 0; chunk * 40 < combinations; chunk++) {
            jdbc.sql("""
                            INSERT INTO backtest.sweep_chunks (sweep_id, chunk_index, first_combination, combos, status)
                            VALUES (?, ?, ?, ?, 'PENDING')
                            """)
                    .params(id, chunk, chunk * 40, Math.min(40, combinations - chunk * 40))
                    .update();
        }

        // Each chunk twice in a row, as a redelivery can produce: with prefetch 1, a takes one copy and b the other,
        // and both compute the same chunk at the same time. Only the first commit may store it.
        for (int chunk = 0; chunk * 40 < combinations; chunk++) {
            byte[] body = """
                    {"sweepId":"%s","chunk":%d}""".formatted(id, chunk).getBytes(StandardCharsets.UTF_8);
            rabbit.convertAndSend("", Exchanges.SWEEP_CHUNKS_QUEUE, body);
            rabbit.convertAndSend("", Exchanges.SWEEP_CHUNKS_QUEUE, body);
        }
        Map<String, Object> sweep = sweeps().awaitStatus("/api/v1/sweeps/" + id, "SUCCEEDED");

        await().atMost(Duration.ofSeconds(30)).until(() -> Sweeps.queueDepth(amqp) == 0);
        assertThat(sweep).containsEntry("completed", combinations);
        assertThat(Sweeps.storedCombinations(jdbc, id.toString())).isEqualTo(combinations);
        assertThat(Sweeps.ranking(sweep))
                .isEqualTo(Sweeps.ranking(expected.best()))
                .hasSize(10);
        assertThat(chunksComputedBy(id.toString(), "a")).isPositive();
        assertThat(chunksComputedBy(id.toString(), "b")).isPositive();
    }

    @Test
    void anInstanceStoppedMidSweepLeavesItsChunksToTheOther() {
        BarSeries bars = StoredCandles.store(jdbc, 2000, 777);

        String id = (String)
                sweeps().post("/api/v1/sweeps", "{" + MARKET + """
                        ,"grid":{"fast":"2:120:1","slow":"10:300:2"},"objective":"total-return","top":15}
                        """).getBody().get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> chunksComputedBy(id, "b") >= 2);
        // Closing the context stops b while it consumes: its unacknowledged chunk goes back to the queue.
        second.close();
        long byBWhenStopped = chunksComputedBy(id, "b");
        assertThat(sweeps().get("/api/v1/sweeps/" + id)).containsEntry("status", "RUNNING");

        Map<String, Object> sweep = sweeps().awaitStatus("/api/v1/sweeps/" + id, "SUCCEEDED");

        SweepResult expected = engineSweep(bars, "2:120:1", "10:300:2", Objective.TOTAL_RETURN, 0, 15);
        assertThat(sweep)
                .containsEntry("combinations", (int) expected.combinations())
                .containsEntry("completed", (int) expected.combinations());
        assertThat(Sweeps.storedCombinations(jdbc, id)).isEqualTo(expected.combinations());
        assertThat(Sweeps.ranking(sweep))
                .isEqualTo(Sweeps.ranking(expected.best()))
                .hasSize(15);
        assertThat(chunksComputedBy(id, "b")).isEqualTo(byBWhenStopped);
        assertThat(chunksComputedBy(id, "a")).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM backtest.sweep_chunks WHERE sweep_id = ?::uuid AND status <> 'DONE'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long chunksComputedBy(String id, String instance) {
        return jdbc.sql("SELECT count(*) FROM backtest.sweep_chunks WHERE sweep_id = ?::uuid AND computed_by = ?")
                .params(id, instance)
                .query(Long.class)
                .single();
    }

    private static SweepResult engineSweep(
            BarSeries bars, String fast, String slow, Objective objective, int minTrades, int top) {
        SweepSettings settings = new SweepSettings(
                ParameterRange.parse(fast), ParameterRange.parse(slow), 10, objective, top, minTrades, 2);
        return Sweep.run(bars, settings, BacktestSettings.backtrader(1_000_000, 0.0005), SweepProgress.NONE);
    }
}
