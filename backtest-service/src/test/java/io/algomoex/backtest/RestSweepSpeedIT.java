package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.algomoex.testsupport.service.RunningService;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One REST sweep of the everyday grid (fast 10:30:2 x slow 40:100:10, 77 combinations) over 300,000 stored
 * hourly candles on one replica with a consumer per core, against the engine's own sweep of the same candles in this
 * JVM, as the CLI runs it. Prints both speeds and their ratio; the figures are for the docs, so nothing here asserts
 * a time. Run alone on a quiet machine: {@code ./mvnw -B -o -pl backtest-service -am verify -Dit.test=RestSweepSpeedIT
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "algo.api.token=test-token",
            "algo.backtest.sweep.chunk-size=20",
            "algo.backtest.sweep.consumers=2",
            "algo.backtest.sweep.threads=2",
            "algo.backtest.sweep.instance-id=speed",
            "algo.backtest.outbox.relay-interval=50ms"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class RestSweepSpeedIT {

    private static final int BARS = 300_000;
    private static final String GRID = "{\"fast\":\"10:30:2\",\"slow\":\"40:100:10\"}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmqpAdmin amqp;

    @AfterEach
    void removeData() {
        Sweeps.removeAll(amqp, jdbc);
        StoredCandles.drop(jdbc);
    }

    @Test
    void printsTheRestSweepSpeedBesideTheEngineOnTheSameCandles() {
        BarSeries bars = StoredCandles.store(jdbc, BARS, 15);
        Sweeps sweeps = new Sweeps(port);
        String body = """
                {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2060-12-31",
                 "strategy":"sma-cross","cash":1000000,"commission":0.0005,"size":10,
                 "grid":%s,"objective":"sharpe","top":10}
                """.formatted(GRID);
        // The first sweep compiles the kernel in this JVM; the second is the one measured, as in a running service.
        sweeps.startAndAwaitSuccess("/api/v1/sweeps", body);
        Map<String, Object> measured = sweeps.startAndAwaitSuccess("/api/v1/sweeps", body);

        SweepSettings grid = new SweepSettings(
                ParameterRange.parse("10:30:2"),
                ParameterRange.parse("40:100:10"),
                10,
                Objective.SHARPE,
                10,
                0,
                SweepSettings.allCores());
        BacktestSettings settings = BacktestSettings.backtrader(1_000_000, 0.0005);
        Sweep.run(bars, grid, settings, SweepProgress.NONE);
        long started = System.nanoTime();
        SweepResult engine = Sweep.run(bars, grid, settings, SweepProgress.NONE);
        double engineRate = engine.combinations() * (double) engine.bars() / ((System.nanoTime() - started) / 1e9);

        assertThat(measured).containsEntry("bars", BARS).containsEntry("combinations", 77);
        assertThat(Sweeps.ranking(measured)).isEqualTo(Sweeps.ranking(engine.best()));
        double restRate = ((Number) measured.get("barCombinationsPerSecond")).doubleValue();
        String prometheus = new RunningService(port)
                .http()
                .get()
                .uri("/actuator/prometheus")
                .retrieve()
                .body(String.class);
        assertThat(prometheus).contains("backtest_sweep_bar_combinations_per_second_count");
        System.out.printf(
                Locale.ROOT,
                "REST sweep speed: %d combinations x %,d bars, %d cores: REST (first chunk to last stored) %,.0f"
                        + " bar-combinations/s, engine as the CLI runs it %,.0f bar-combinations/s,"
                        + " REST/engine %.0f %%%n",
                engine.combinations(),
                BARS,
                SweepSettings.allCores(),
                restRate,
                engineRate,
                100 * restRate / engineRate);
    }
}
