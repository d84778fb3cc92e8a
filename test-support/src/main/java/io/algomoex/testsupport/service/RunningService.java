package io.algomoex.testsupport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * A service started by {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}, seen from outside over HTTP, with the
 * checks every service must pass: health UP with its components, Prometheus metrics, its Flyway schema.
 */
public final class RunningService {

    /** A JSON object read as a map. */
    public static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {};

    private final RestClient http;

    public RunningService(int port) {
        // Error statuses are returned, not thrown, so tests can assert on problem details.
        this.http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    public RestClient http() {
        return http;
    }

    /** Asserts {@code /actuator/health} is UP and lists the given components (for example db, rabbit, redis). */
    public void assertHealthUp(String... components) {
        Map<String, Object> health =
                http.get().uri("/actuator/health").retrieve().body(JSON_OBJECT);
        assertThat(health).containsEntry("status", "UP");
        assertThat(health.get("components")).asInstanceOf(MAP).containsKeys((Object[]) components);
    }

    /** Asserts {@code /actuator/prometheus} exports JVM metrics tagged with the application name. */
    public void assertExportsMetricsAs(String application) {
        String metrics = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics).contains("jvm_memory_used_bytes", "application=\"" + application + "\"");
    }

    /** The tables in {@code schema}, sorted by name. */
    public static List<String> tablesIn(JdbcClient jdbc, String schema) {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY 1")
                .param(schema)
                .query(String.class)
                .list();
    }
}
