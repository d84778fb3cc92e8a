package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.collector.application.CollectCandles;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.CollectionJob;
import io.algomoex.collector.domain.CollectionRequest;
import io.algomoex.collector.domain.CollectionStatus;
import io.algomoex.common.market.Timeframe;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Redis cache is an optimisation: with Redis pointed at a closed loopback port the collector still collects,
 * every lookup counting as a miss. Redis infrastructure is deliberately not imported here.
 */
@IntegrationTest
@SpringBootTest(
        properties = {
            "algo.collector.resume-on-startup=false",
            "algo.collector.moex-iss.requests-per-second=10",
            "algo.collector.moex-iss.backoff-base=5ms",
            "algo.collector.cache.pause-after-failure=50ms",
            "spring.data.redis.host=127.0.0.1",
            "spring.data.redis.timeout=300ms",
            "spring.data.redis.connect-timeout=300ms",
            "algo.collector.sync-initial-delay=PT24H"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class RedisDownCollectionIT {

    static final LoopbackVendor vendor = LoopbackVendor.start();

    @Autowired
    CollectCandles collectCandles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("algo.collector.moex-iss.base-url", vendor::baseUrl);
        registry.add("spring.data.redis.port", RedisDownCollectionIT::closedPort);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM market.candles").update();
        jdbc.sql("DELETE FROM market.instruments").update();
        jdbc.sql("DELETE FROM market.collection_jobs").update();
        vendor.reset();
    }

    @Test
    void collectsWithoutRedis() {
        IssFixtures iss = IssFixtures.load();
        vendor.answer(iss.answers(150));
        LocalDate from = LocalDate.parse("2024-01-01");
        LocalDate till = LocalDate.parse("2024-02-29");

        CollectionJob started = collectCandles.start(
                new CollectionRequest("SBER", null, Timeframe.H1, from, till, CandleSourceName.MOEX_ISS));
        CollectionJob finished = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> collectCandles.find(started.id()).orElseThrow(),
                        job -> job.status() != CollectionStatus.RUNNING);

        assertThat(finished.status()).isEqualTo(CollectionStatus.SUCCEEDED);
        assertThat(finished.candlesStored()).isEqualTo(iss.uniqueCandles(from, till));
        assertThat(meters.counter("collector.cache.requests", "result", "error").count())
                .isPositive();
        assertThat(meters.counter("collector.cache.requests", "result", "hit").count())
                .isZero();
    }

    /** A loopback port nothing listens on: bound, then released. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
