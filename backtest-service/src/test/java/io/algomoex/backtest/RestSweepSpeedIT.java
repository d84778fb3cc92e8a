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
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * REST sweeps of the everyday grid (fast 10:30:2 x slow 40:100:10, 77 combinations) over 300,000 stored
 * hourly candles on one replica with a consumer per core, against the engine's own sweep of the same candles in this
 * JVM, as the CLI runs it, in alternating rounds. Prints both medians and their ratio, and writes the candles to
 * {@code target/rest-sweep-speed-candles.csv} so that the command line can sweep the same ones in a process of its
 * own; the figures are for the docs, so nothing here asserts a time. Run alone on a quiet machine, without the coverage
 * agent (its probes slow the kernel several times over): {@code ./mvnw -B -o -pl backtest-service -am verify
 * -Dit.test=RestSweepSpeedIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}.
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
    private static final int ROUNDS = 5;
    private static final Path CANDLES_CSV = Path.of("target", "rest-sweep-speed-candles.csv");
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
    void printsTheRestSweepSpeedBesideTheEngineOnTheSameCandles() throws IOException {
        BarSeries bars = StoredCandles.store(jdbc, BARS, 15);
        writeCsv(bars, CANDLES_CSV);
        Sweeps sweeps = new Sweeps(port);
        String body = """
                {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2060-12-31",
                 "strategy":"sma-cross","cash":1000000,"commission":0.0005,"size":10,
                 "grid":%s,"objective":"sharpe","top":10}
                """.formatted(GRID);
        SweepSettings grid = new SweepSettings(
                ParameterRange.parse("10:30:2"),
                ParameterRange.parse("40:100:10"),
                10,
                Objective.SHARPE,
                10,
                0,
                SweepSettings.allCores());
        BacktestSettings settings = BacktestSettings.backtrader(1_000_000, 0.0005);
        // The first sweeps compile the kernel in this JVM; the rounds after them are measured, as in a running service.
        // One round alone says little on a shared 2-core VM, so both rates are medians of several, alternating.
        sweeps.startAndAwaitSuccess("/api/v1/sweeps", body);
        Sweep.run(bars, grid, settings, SweepProgress.NONE);
        List<Double> restRates = new ArrayList<>();
        List<Double> engineRates = new ArrayList<>();
        Map<String, Object> measured = null;
        SweepResult engine = null;
        for (int round = 0; round < ROUNDS; round++) {
            measured = sweeps.startAndAwaitSuccess("/api/v1/sweeps", body);
            restRates.add(((Number) measured.get("barCombinationsPerSecond")).doubleValue());
            long started = System.nanoTime();
            engine = Sweep.run(bars, grid, settings, SweepProgress.NONE);
            engineRates.add(engine.combinations() * (double) engine.bars() / ((System.nanoTime() - started) / 1e9));
        }

        assertThat(measured).containsEntry("bars", BARS).containsEntry("combinations", 77);
        assertThat(Sweeps.ranking(measured)).isEqualTo(Sweeps.ranking(engine.best()));
        String prometheus = new RunningService(port)
                .http()
                .get()
                .uri("/actuator/prometheus")
                .retrieve()
                .body(String.class);
        assertThat(prometheus).contains("backtest_sweep_bar_combinations_per_second_count");
        double restRate = median(restRates);
        double engineRate = median(engineRates);
        System.out.printf(
                Locale.ROOT,
                "REST sweep speed: %d combinations x %,d bars, %d cores, medians of %d rounds: REST (first chunk to last"
                        + " stored) %,.0f bar-combinations/s (%,.0f-%,.0f), engine as the CLI runs it %,.0f"
                        + " bar-combinations/s (%,.0f-%,.0f), REST/engine %.0f %%%n",
                engine.combinations(),
                BARS,
                SweepSettings.allCores(),
                ROUNDS,
                restRate,
                Collections.min(restRates),
                Collections.max(restRates),
                engineRate,
                Collections.min(engineRates),
                Collections.max(engineRates),
                100 * restRate / engineRate);
    }

    /** The same candles as a CSV file, for the command line: {@code sweep --csv target/rest-sweep-speed-candles.csv}. */
    private static void writeCsv(BarSeries bars, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("time,open,high,low,close,volume\n");
            for (int i = 0; i < bars.size(); i++) {
                out.write(bars.time(i) + "," + bars.open(i) + "," + bars.high(i) + "," + bars.low(i) + ","
                        + bars.close(i) + "," + (long) bars.volume(i) + "\n");
            }
        }
    }

    private static double median(List<Double> rates) {
        List<Double> sorted = rates.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
