package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.infrastructure.RedisInfrastructure;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * One Spring context shared by the collector's integration tests: real PostgreSQL, Redis and RabbitMQ, and a loopback
 * HTTP server standing in for both MOEX ISS and Finam, whose responses each test chooses through {@link #vendor}.
 * Rate, back-off, timeout and retry-deadline settings are shrunk so the suite stays fast (a read timeout costs 2 s, a
 * source that never recovers fails its job after 3 s); job resumption on start-up is off so one test class's
 * leftovers never start running in another's context.
 */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "algo.api.token=" + CollectorTestContext.TOKEN,
            "algo.collector.resume-on-startup=false",
            "algo.collector.moex-iss.requests-per-second=10",
            "algo.collector.moex-iss.backoff-base=5ms",
            "algo.collector.moex-iss.backoff-max=20ms",
            "algo.collector.moex-iss.read-timeout=2s",
            "algo.collector.moex-iss.retry-deadline=3s",
            "algo.collector.finam.pause=10ms",
            "algo.collector.finam.backoff-base=5ms",
            "algo.collector.finam.backoff-max=20ms",
            "algo.collector.finam.timeout=2s",
            "algo.collector.finam.retry-deadline=3s",
            "algo.collector.sync-initial-delay=PT24H",
            "algo.collector.watchlist=SBER:TQBR:1h",
            // Above the largest research file (3.8 MB), low enough that a test sends a larger body quickly.
            "algo.collector.api.max-import-size=8MB"
        })
@Import({PostgresInfrastructure.class, RedisInfrastructure.class, RabbitInfrastructure.class})
abstract class CollectorTestContext {

    static final String TOKEN = "integration-test-token";
    static final LoopbackVendor vendor = LoopbackVendor.start();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StringRedisTemplate redis;

    @DynamicPropertySource
    static void vendorUrls(DynamicPropertyRegistry registry) {
        registry.add("algo.collector.moex-iss.base-url", () -> vendor.baseUrl());
        registry.add("algo.collector.finam.base-url", () -> vendor.baseUrl());
    }

    @BeforeEach
    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM market.candles").update();
        jdbc.sql("DELETE FROM market.instruments").update();
        jdbc.sql("DELETE FROM market.collection_jobs").update();
        jdbc.sql("DELETE FROM market.sync_state").update();
        jdbc.sql("DELETE FROM market.outbox WHERE sent_at IS NOT NULL").update();
        var keys = redis.keys("algo:collector:page:*");
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
        vendor.reset();
    }

    RestClient http() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    long candleCount() {
        return jdbc.sql("SELECT count(*) FROM market.candles").query(Long.class).single();
    }

    ResponseEntity<Map<String, Object>> startCollection(
            String secid, String board, String timeframe, LocalDate from, LocalDate till) {
        var body = new HashMap<String, Object>();
        body.put("secid", secid);
        body.put("board", board);
        body.put("timeframe", timeframe);
        body.put("from", from.toString());
        body.put("till", till.toString());
        body.put("source", "moex-iss");
        ResponseEntity<Map<String, Object>> response = http().post()
                .uri("/api/v1/collections")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() {});
        if (response.getStatusCode().is2xxSuccessful()) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        }
        return response;
    }

    Map<String, Object> awaitFinished(Object id) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> job(id), job -> !"RUNNING".equals(job.get("status")));
    }

    Map<String, Object> job(Object id) {
        return http().get()
                .uri("/api/v1/collections/{id}", id)
                .retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
    }

    static long number(Map<String, Object> job, String field) {
        return ((Number) job.get(field)).longValue();
    }
}
