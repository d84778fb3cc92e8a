package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.SweepProgress;
import io.algomoex.engine.sweep.SweepSettings;
import io.algomoex.engine.walkforward.WalkForward;
import io.algomoex.engine.walkforward.WalkForwardFold;
import io.algomoex.engine.walkforward.WalkForwardResult;
import io.algomoex.engine.walkforward.WalkForwardSettings;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

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
class WalkForwardIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmqpAdmin amqp;

    @AfterEach
    void removeData() {
        Sweeps.removeAll(amqp, jdbc);
    }

    @Test
    void aRestWalkForwardEqualsTheEngineOnTheSameCandles() {
        BarSeries bars = StoredCandles.store(jdbc, 1200, 99);
        Sweeps sweeps = new Sweeps(port);

        ResponseEntity<Map<String, Object>> accepted = sweeps.post("/api/v1/walk-forward", """
                {"secid":"SBER","board":"TQBR","timeframe":"1h","from":"2024-01-01","till":"2024-12-31",
                 "cash":1000000,"commission":0.0005,"size":10,"grid":{"fast":"3:15:2","slow":"20:60:10"},
                 "objective":"total-return","minTrades":2,"trainBars":400,"testBars":200,"anchored":false}
                """);

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        String id = (String) accepted.getBody().get("id");
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/v1/walk-forward/" + id);
        Map<String, Object> report = sweeps.awaitStatus("/api/v1/walk-forward/" + id, "SUCCEEDED");

        WalkForwardResult expected = WalkForward.run(
                bars,
                new SweepSettings(
                        ParameterRange.parse("3:15:2"),
                        ParameterRange.parse("20:60:10"),
                        10,
                        Objective.TOTAL_RETURN,
                        20,
                        2,
                        1),
                WalkForwardSettings.of(400, 200, false),
                BacktestSettings.backtrader(1_000_000, 0.0005),
                SweepProgress.NONE);
        List<?> folds = (List<?>) report.get("folds");
        assertThat(folds).hasSize(expected.folds().size()).hasSize(4);
        for (int i = 0; i < folds.size(); i++) {
            Map<String, Object> fold = (Map<String, Object>) folds.get(i);
            WalkForwardFold engine = expected.folds().get(i);
            assertThat(fold.get("index")).isEqualTo(i);
            assertThat(fold.get("trainFrom"))
                    .isEqualTo(bars.time(engine.trainFrom()).toString());
            assertThat(fold.get("trainTill"))
                    .isEqualTo(bars.time(engine.testFrom() - 1).toString());
            assertThat(fold.get("testFrom"))
                    .isEqualTo(bars.time(engine.testFrom()).toString());
            assertThat(fold.get("testTill"))
                    .isEqualTo(bars.time(engine.testTo() - 1).toString());
            assertThat(fold.get("params"))
                    .isEqualTo(
                            engine.best() == null
                                    ? null
                                    : Map.of(
                                            "fast",
                                            engine.best().fast(),
                                            "slow",
                                            engine.best().slow()));
            assertThat((Map<String, Object>) fold.get("outOfSample"))
                    .containsEntry(
                            "totalReturnPercent", engine.outOfSample().metrics().totalReturnPercent());
        }
        Map<String, Object> stitched = (Map<String, Object>) report.get("stitched");
        assertThat(((Number) stitched.get("finalValue")).doubleValue()).isEqualTo(expected.finalValue());
        Map<String, Object> metrics = (Map<String, Object>) stitched.get("metrics");
        assertThat(metrics)
                .containsEntry("totalReturnPercent", expected.metrics().totalReturnPercent())
                .containsEntry("maxDrawdownPercent", expected.metrics().maxDrawdownPercent())
                .containsEntry("trades", (double) expected.metrics().trades());
        if (Double.isFinite(expected.metrics().sharpe())) {
            assertThat(metrics).containsEntry("sharpe", expected.metrics().sharpe());
        }
        List<?> equity = (List<?>) stitched.get("equity");
        assertThat(equity).hasSize(expected.equity().size());
        Map<String, Object> last = (Map<String, Object>) equity.getLast();
        assertThat(last.get("time"))
                .isEqualTo(expected.equity().time(expected.equity().size() - 1).toString());
        assertThat(((Number) last.get("value")).doubleValue())
                .isEqualTo(expected.equity().value(expected.equity().size() - 1));
        assertThat((Map<String, Object>) report.get("request"))
                .containsEntry("trainBars", 400)
                .containsEntry("testBars", 200)
                .containsEntry("anchored", false)
                .containsEntry("grid", Map.of("fast", "3:15:2", "slow", "20:60:10"));
        assertThat(report).containsEntry("error", null);
    }
}
