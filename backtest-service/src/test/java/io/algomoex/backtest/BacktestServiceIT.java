package io.algomoex.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class BacktestServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeRuns() {
        jdbc.sql("DELETE FROM backtest.runs").update();
    }

    private RestClient http() {
        return new RunningService(port).http();
    }

    @Test
    void migratesTheBacktestSchema() {
        assertThat(RunningService.tablesIn(jdbc, "backtest")).contains("runs", "flyway_schema_history");
    }

    @Test
    void healthIsUpWithDatabaseAndRabbit() {
        new RunningService(port).assertHealthUp("db", "rabbit");
    }

    @Test
    void exportsPrometheusMetrics() {
        new RunningService(port).assertExportsMetricsAs("backtest-service");
    }

    @Test
    void listsRunsNewestFirst() {
        insertRun("2024-05-01T10:00:00Z", "1000100.5");
        insertRun("2024-05-02T10:00:00Z", "998000");

        Map<String, Object> page =
                http().get().uri("/api/v1/backtests?page=0&size=1").retrieve().body(RunningService.JSON_OBJECT);

        assertThat(page).containsEntry("total", 2).containsEntry("size", 1);
        assertThat(page.get("items"))
                .asInstanceOf(LIST)
                .singleElement()
                .asInstanceOf(MAP)
                .containsEntry("createdAt", "2024-05-02T10:00:00Z")
                .containsEntry("secid", "SBER")
                .containsEntry("timeframe", "1h")
                .containsEntry("params", Map.of("fast", 20, "slow", 50))
                .containsEntry("finalValue", 998000);
    }

    @Test
    void rejectsAnOversizedPageWithAProblemDetail() {
        var response =
                http().get().uri("/api/v1/backtests?size=100000").retrieve().toEntity(RunningService.JSON_OBJECT);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).containsEntry("detail", "size must be between 1 and 200, got 100000");
    }

    private void insertRun(String createdAt, String finalValue) {
        jdbc.sql("""
                        INSERT INTO backtest.runs (id, created_at, secid, board, timeframe, strategy, parameters, request,
                                                   bars, final_value)
                        VALUES (?, ?::timestamptz, 'SBER', 'TQBR', '1h', 'sma-cross', '{"fast":20,"slow":50}',
                                '{}', 4498, ?::numeric)
                        """).params(UUID.randomUUID(), createdAt, finalValue).update();
    }
}
