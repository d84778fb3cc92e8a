package io.algomoex.alerting;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that run the whole service against local PostgreSQL and RabbitMQ, the loopback fake
 * Telegram Bot API and a fake trading-service status endpoint. Limits, windows and back-offs are shrunk so the
 * suite stays fast; the code paths are the production ones. Failsafe runs each test class in its own JVM, so each
 * gets its own database and RabbitMQ vhost.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
abstract class AlertingIntegrationTest {

    static final long ALERT_CHAT = 1001;
    static final long OPERATOR_CHAT = 1002;
    static final long OPERATOR = 77;
    /** A member of the operator chat who is not in algo.alerting.telegram.allowed-users. */
    static final long OTHER_MEMBER = 78;

    static final long FOREIGN_CHAT = 666;
    static final String API_TOKEN = "test-api-token";

    static final FakeTelegramBotApi TELEGRAM = new FakeTelegramBotApi();
    static final FakeTradingService TRADING = new FakeTradingService();

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Everything the tests change from application.yml. */
    static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("algo.alerting.telegram.base-url", TELEGRAM.baseUrl());
        properties.put("algo.alerting.telegram.token", FakeTelegramBotApi.TOKEN);
        properties.put("algo.alerting.telegram.allowed-chats", ALERT_CHAT + "," + OPERATOR_CHAT);
        properties.put("algo.alerting.telegram.alert-chats", String.valueOf(ALERT_CHAT));
        properties.put("algo.alerting.telegram.allowed-users", String.valueOf(OPERATOR));
        properties.put("algo.alerting.telegram.per-chat-interval", "50ms");
        properties.put("algo.alerting.delivery.poll-interval", "50ms");
        properties.put("algo.alerting.delivery.initial-backoff", "200ms");
        properties.put("algo.alerting.delivery.max-backoff", "1s");
        properties.put("algo.alerting.delivery.aggregation-window", "3s");
        properties.put("algo.alerting.bot.poll-timeout", "1s");
        properties.put("algo.alerting.bot.error-backoff", "200ms");
        properties.put("algo.alerting.bot.conflict-backoff", "1s");
        properties.put("algo.alerting.rules.stale-candles.after", "2s");
        properties.put("algo.alerting.rules.stale-candles.check-interval", "200ms");
        properties.put("algo.alerting.rules.stale-candles.watched", "GAZP:TQBR:1m,SBER:TQBR:1m");
        properties.put("algo.alerting.trading.base-url", TRADING.baseUrl());
        properties.put("algo.alerting.trading.timeout", "2s");
        properties.put("algo.api.token", API_TOKEN);
        properties.put("spring.rabbitmq.listener.simple.retry.initial-interval", "100ms");
        return properties;
    }

    /** trading-service's {@code GET /api/v1/status}, answering from {@code trading/status.json} or 503. */
    static final class FakeTradingService {

        private final MockWebServer server = new MockWebServer();
        private volatile boolean available = true;

        FakeTradingService() {
            String status = resource("/trading/status.json");
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    if (!available || !request.getUrl().encodedPath().equals("/api/v1/status")) {
                        return new MockResponse.Builder().code(503).build();
                    }
                    return new MockResponse.Builder()
                            .setHeader("Content-Type", "application/json")
                            .body(status)
                            .build();
                }
            });
            try {
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String baseUrl() {
            return "http://localhost:" + server.getPort();
        }

        void available(boolean available) {
            this.available = available;
        }

        private static String resource(String name) {
            try (InputStream in = FakeTradingService.class.getResourceAsStream(name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
