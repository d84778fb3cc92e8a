package io.algomoex.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.market.Side;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stops the service in the middle of delivering a backlog and starts a second instance on the same database and
 * queue, as a restart does: every alert arrives exactly once and in order, and the bot resumes from its saved offset.
 */
@IntegrationTest
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class RestartDeliveryIT {

    private static final int ALERTS = 30;
    private static final FakeTelegramBotApi TELEGRAM = AlertingIntegrationTest.TELEGRAM;

    @AfterAll
    static void closeFakes() {
        TELEGRAM.close();
    }

    @Test
    void restartMidDeliveryLosesNoneAndSendsNoneTwice() {
        long help;
        int deliveredBeforeRestart;
        try (ConfigurableApplicationContext first = start()) {
            help = TELEGRAM.userWrites(
                    AlertingIntegrationTest.OPERATOR_CHAT, AlertingIntegrationTest.OPERATOR, "/help");
            TestEvents events = new TestEvents(first.getBean(RabbitTemplate.class), first.getBean(JsonMapper.class));
            IntStream.range(0, ALERTS).forEach(i -> events.publish(fill("restart-" + i)));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> stored(jdbc) == ALERTS);
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered().size() >= 5);
        }
        deliveredBeforeRestart = delivered().size();
        JdbcClient afterStop;
        List<String> raisedTexts;
        try (ConfigurableApplicationContext second = start()) {
            afterStop = second.getBean(JdbcClient.class);
            raisedTexts = afterStop
                    .sql("SELECT text FROM alerting.alerts WHERE text LIKE '%restart-%' ORDER BY id")
                    .query(String.class)
                    .list();
            assertThat(deliveredBeforeRestart)
                    .as("the first instance stopped mid-delivery")
                    .isLessThan(ALERTS);
            TELEGRAM.userWrites(AlertingIntegrationTest.OPERATOR_CHAT, AlertingIntegrationTest.OPERATOR, "/alerts");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(delivered()).hasSize(ALERTS);
                assertThat(afterStop
                                .sql("SELECT count(*) FROM alerting.alerts WHERE status = 'SENT'")
                                .query(Long.class)
                                .single())
                        .isEqualTo(ALERTS);
            });
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(repliesToOperator())
                            .anySatisfy(text -> assertThat(text).contains("Latest alerts")));
        }
        // Once each, in the order the alerts were raised.
        assertThat(AlertDeliveryIT.orderIds(delivered(), "restart-"))
                .doesNotHaveDuplicates()
                .hasSize(ALERTS)
                .isEqualTo(AlertDeliveryIT.orderIds(raisedTexts, "restart-"));
        assertThat(repliesToOperator().stream().filter(text -> text.contains("Commands")))
                .as("/help sent before the restart is answered once")
                .hasSize(1);
        assertThat(TELEGRAM.lastOffset()).isGreaterThan(help);
    }

    private static ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>(AlertingIntegrationTest.properties());
        properties.put("server.port", "0");
        // A backlog that takes a few seconds, so the stop lands in the middle of it.
        properties.put("algo.alerting.telegram.per-chat-interval", "150ms");
        properties.put("algo.alerting.rules.stale-candles.watched", "");
        // As command-line arguments: they outrank application.yml, as the test's dynamic properties do.
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(
                        AlertingServiceApplication.class, PostgresInfrastructure.class, RabbitInfrastructure.class)
                .run(arguments);
    }

    private static long stored(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM alerting.alerts WHERE text LIKE '%restart-%'")
                .query(Long.class)
                .single();
    }

    private static List<String> delivered() {
        return TELEGRAM.delivered().stream()
                .filter(call -> call.chatId() == AlertingIntegrationTest.ALERT_CHAT)
                .map(FakeTelegramBotApi.Call::text)
                .filter(text -> text.contains("restart-"))
                .toList();
    }

    private static List<String> repliesToOperator() {
        return TELEGRAM.delivered().stream()
                .filter(call -> call.chatId() == AlertingIntegrationTest.OPERATOR_CHAT)
                .map(FakeTelegramBotApi.Call::text)
                .toList();
    }

    private static OrderFilled fill(String clientOrderId) {
        return new OrderFilled(
                clientOrderId,
                "sber-sma",
                "SBER",
                "TQBR",
                Side.BUY,
                1,
                new BigDecimal("250.15"),
                BigDecimal.ZERO,
                Instant.parse("2024-05-02T07:00:00Z"));
    }
}
