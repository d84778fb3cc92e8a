package io.algomoex.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import java.util.List;
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
class AlertingServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeAlerts() {
        jdbc.sql("DELETE FROM alerting.alerts").update();
    }

    private RestClient http() {
        return new RunningService(port).http();
    }

    @Test
    void migratesTheAlertingSchema() {
        assertThat(RunningService.tablesIn(jdbc, "alerting")).contains("alerts", "flyway_schema_history");
    }

    @Test
    void healthIsUpWithDatabaseAndRabbit() {
        new RunningService(port).assertHealthUp("db", "rabbit");
    }

    @Test
    void exportsPrometheusMetrics() {
        new RunningService(port).assertExportsMetricsAs("alerting-service");
    }

    @Test
    void listsAlertsNewestFirstFilteredByStatus() {
        insertAlert("order-rejected", "PENDING");
        insertAlert("trading-halted", "SENT");
        insertAlert("service-error", "PENDING");

        Map<String, Object> page =
                http().get().uri("/api/v1/alerts?status=pending").retrieve().body(RunningService.JSON_OBJECT);

        assertThat(page).containsEntry("total", 2);
        List<?> items = (List<?>) page.get("items");
        assertThat(items.stream()
                        .map(item -> (Object) ((Map<?, ?>) item).get("rule"))
                        .toList())
                .containsExactly("service-error", "order-rejected");
    }

    @Test
    void rejectsAnUnknownStatusWithAProblemDetail() {
        var response = http().get().uri("/api/v1/alerts?status=LOST").retrieve().toEntity(RunningService.JSON_OBJECT);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).containsEntry("detail", "status must be PENDING, SENT or FAILED, got 'LOST'");
    }

    @Test
    void refusesMutatingEndpointsWhileNoApiTokenIsConfigured() {
        var response = http().post()
                .uri("/api/v1/alerts/test")
                .header("Authorization", "Bearer anything")
                .retrieve()
                .toEntity(RunningService.JSON_OBJECT);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody()).extractingByKey("detail").asString().contains("not configured");
    }

    private void insertAlert(String rule, String status) {
        jdbc.sql("""
                        INSERT INTO alerting.alerts (event_id, rule, alert_key, text, status, raised_at)
                        VALUES (?, ?, ?, 'text', ?, now())
                        """).params(UUID.randomUUID(), rule, rule, status).update();
    }
}
