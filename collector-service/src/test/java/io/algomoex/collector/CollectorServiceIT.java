package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.infrastructure.RedisInfrastructure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "algo.api.token=")
@Import({PostgresInfrastructure.class, RedisInfrastructure.class, RabbitInfrastructure.class})
class CollectorServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeCandles() {
        jdbc.sql("DELETE FROM market.candles").update();
    }

    private RestClient http() {
        return RestClient.create("http://localhost:" + port);
    }

    @Test
    void migratesTheMarketSchema() {
        List<String> tables = jdbc.sql(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'market' ORDER BY 1")
                .query(String.class)
                .list();

        assertThat(tables).contains("candles", "instruments", "sync_state", "flyway_schema_history");
    }

    @Test
    void healthIsUpWithDatabaseRabbitAndRedis() {
        Map<String, Object> health = http().get()
                .uri("/actuator/health")
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});

        assertThat(health).containsEntry("status", "UP");
        assertThat(health.get("components"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("db", "rabbit", "redis");
    }

    @Test
    void exportsPrometheusMetrics() {
        String metrics = http().get().uri("/actuator/prometheus").retrieve().body(String.class);

        assertThat(metrics).contains("jvm_memory_used_bytes", "application=\"collector-service\"");
    }

    @Test
    void exposesOnlyHealthAndPrometheusOfTheActuator() {
        for (String endpoint : List.of("metrics", "info", "env", "beans", "configprops", "loggers", "heapdump")) {
            assertThat(http().get()
                            .uri("/actuator/" + endpoint)
                            .retrieve()
                            .onStatus(status -> true, (request, reply) -> {})
                            .toBodilessEntity()
                            .getStatusCode()
                            .value())
                    .as("/actuator/" + endpoint)
                    .isEqualTo(404);
        }
    }

    @Test
    void listsStoredSeriesWithTheirExtent() {
        insertCandle("SBER", "2024-01-03T07:00:00Z");
        insertCandle("SBER", "2024-01-03T08:00:00Z");
        insertCandle("GAZP", "2024-01-03T07:00:00Z");

        List<Map<String, Object>> series = http().get()
                .uri("/api/v1/series")
                .retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});

        assertThat(series).hasSize(2);
        assertThat(series.get(1))
                .containsEntry("secid", "SBER")
                .containsEntry("board", "TQBR")
                .containsEntry("timeframe", "1h")
                .containsEntry("first", "2024-01-03T07:00:00Z")
                .containsEntry("last", "2024-01-03T08:00:00Z")
                .containsEntry("count", 2);
    }

    @Test
    void theSchemaRejectsACandleThatBreaksItsInvariants() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO market.candles (secid, board, timeframe, begin, open, high, low, close, volume, source)
                        VALUES ('SBER', 'TQBR', '1h', '2024-01-03T07:00:00Z', 270, 269, 268, 270.5, 10, 'test')
                        """).update())
                .hasMessageContaining("candles_high_low");
    }

    @Test
    void mutatingEndpointsAreRefusedWhileNoApiTokenIsConfigured() {
        ResponseEntity<Map<String, Object>> response = http().post()
                .uri("/api/v1/imports?secid=SBER&board=TQBR&timeframe=1h")
                .header("Authorization", "Bearer anything")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body("open,close,high,low,value,volume,begin,end\n")
                .retrieve()
                .onStatus(status -> true, (request, reply) -> {})
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() {});

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat((String) response.getBody().get("detail")).contains("API token is not configured");
    }

    private void insertCandle(String secid, String begin) {
        jdbc.sql("""
                        INSERT INTO market.candles (secid, board, timeframe, begin, open, high, low, close, volume, source)
                        VALUES (?, 'TQBR', '1h', ?::timestamptz, 270.1, 271, 269.5, 270.5, 1000, 'test')
                        """).params(secid, begin).update();
    }
}
