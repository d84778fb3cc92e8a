package io.algomoex.collector;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.infrastructure.RedisInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * One Spring context shared by the collector's integration tests: real PostgreSQL, Redis and RabbitMQ, and a loopback
 * HTTP server standing in for both MOEX ISS and Finam, whose responses each test chooses through {@link #vendor}.
 * Rate and back-off settings are shrunk so the suite stays fast; job resumption on start-up is off so one test
 * class's leftovers never start running in another's context.
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
            "algo.collector.moex-iss.read-timeout=5s",
            "algo.collector.finam.pause=10ms",
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
}
