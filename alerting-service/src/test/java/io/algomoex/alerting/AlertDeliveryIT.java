package io.algomoex.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.BacktestCompleted;
import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.RiskLimitBreached;
import io.algomoex.common.event.ServiceErrorOccurred;
import io.algomoex.common.event.SweepCompleted;
import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.event.TradingResumed;
import io.algomoex.common.market.Side;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class AlertDeliveryIT extends AlertingIntegrationTest {

    private static final Duration PER_CHAT_INTERVAL = Duration.ofMillis(50);
    /**
     * Allowance between the client taking a rate-limit token and the fake recording the request's arrival (a new
     * connection, a GC pause on a loaded 2-core CI machine). Without the limiter the gaps would be about a
     * millisecond, so even one interval less this allowance still tells a limited sender from an unlimited one.
     */
    private static final Duration ARRIVAL_JITTER = Duration.ofMillis(40);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    TestEvents events;

    @BeforeEach
    void reset() {
        TELEGRAM.reset();
        events = new TestEvents(rabbit, json);
    }

    @Test
    void everyRuleFiresOnItsEvent() {
        // SBER:TQBR:1m is watched: this candle ends its silence, and the next silence raises a new alert.
        events.publish(new CandleClosed(
                "SBER",
                "TQBR",
                "1m",
                Instant.parse("2024-05-02T07:00:00Z"),
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                10));
        events.publish(fill("rule-fill", BigDecimal.ZERO));
        events.publish(new OrderRejected("rule-reject", "sber-sma", "SBER", "TQBR", Side.BUY, 1, "not enough <cash>"));
        events.publish(new RiskLimitBreached(null, "max-daily-loss", new BigDecimal("-5100"), new BigDecimal("-5000")));
        events.publish(new TradingHalted("rule-halt", "max-daily-loss"));
        events.publish(new TradingResumed("rule-resume"));
        events.publish(new PnlUpdated("rule-dd", BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0.05")));
        events.publish(new PnlUpdated("rule-dd", new BigDecimal("-900"), BigDecimal.ONE, new BigDecimal("0.12")));
        events.publish(new PnlUpdated("rule-dd", new BigDecimal("-950"), BigDecimal.ONE, new BigDecimal("0.15")));
        events.publish(new ServiceErrorOccurred("collector-service", "rule-moex-iss", "HTTP 502 from ISS"));
        events.publish(new BacktestCompleted(
                "rule-bt-7",
                "sma-cross",
                "SBER",
                "TQBR",
                "30m",
                new BigDecimal("0.1234"),
                new BigDecimal("0.08"),
                new BigDecimal("1.4"),
                17,
                "http://localhost:8082/api/v1/backtests/7"));
        events.publish(new SweepCompleted(
                "rule-sweep-3",
                "sma-cross",
                "SBER",
                "TQBR",
                "1h",
                48,
                "sharpe",
                Map.of("fast", "10", "slow", "30"),
                new BigDecimal("1.9"),
                "http://localhost:8082/api/v1/sweeps/3"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(deliveredTexts())
                    .anySatisfy(text -> assertThat(text).contains("Filled", "rule-fill", "SBER@TQBR"))
                    .anySatisfy(text -> assertThat(text).contains("Order rejected", "not enough &lt;cash&gt;"))
                    .anySatisfy(text -> assertThat(text).contains("Risk limit breached", "max-daily-loss", "-5100"))
                    .anySatisfy(text -> assertThat(text).contains("Trading halted", "rule-halt"))
                    .anySatisfy(text -> assertThat(text).contains("Trading resumed", "rule-resume"))
                    .anySatisfy(text -> assertThat(text).contains("Drawdown", "rule-dd", "12.00 %"))
                    .anySatisfy(text -> assertThat(text).contains("Error", "rule-moex-iss", "HTTP 502 from ISS"))
                    .anySatisfy(text ->
                            assertThat(text).contains("Backtest rule-bt-7 completed", "12.34 %", "/api/v1/backtests/7"))
                    .anySatisfy(text -> assertThat(text).contains("Sweep rule-sweep-3 completed", "fast=10 slow=30"))
                    .anySatisfy(text -> assertThat(text).contains("No new candles", "SBER:TQBR:1m"));
            assertThat(rulesOfSentAlerts())
                    .contains(
                            "order-filled",
                            "order-rejected",
                            "risk-breached",
                            "trading-halted",
                            "trading-resumed",
                            "drawdown",
                            "service-error",
                            "candles-stale",
                            "backtest-completed",
                            "sweep-completed");
        });
        // The drawdown rule fires on crossing the threshold, not on every update above it.
        assertThat(deliveredTexts().stream().filter(text -> text.contains("rule-dd")))
                .hasSize(1);
        assertThat(TELEGRAM.delivered()).allSatisfy(call -> {
            assertThat(call.body().path("parse_mode").asString()).isEqualTo("HTML");
            assertThat(call.pathHadToken()).isTrue();
        });
    }

    @Test
    void aggregatesOneKeyWithinTheWindowIntoOneMessageWithACount() {
        for (int i = 0; i < 6; i++) {
            events.publish(new ServiceErrorOccurred("trading-service", "flapping-broker", "connection lost " + i));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> alerts = jdbc.sql("""
                            SELECT event_count, status FROM alerting.alerts
                            WHERE alert_key = 'service-error:trading-service:flapping-broker'
                            """).query().listOfRows();
            assertThat(alerts).hasSizeBetween(1, 2);
            assertThat(alerts.stream()
                            .mapToInt(row -> (Integer) row.get("event_count"))
                            .sum())
                    .isEqualTo(6);
            assertThat(alerts).allSatisfy(row -> assertThat(row.get("status")).isEqualTo("SENT"));
        });
        List<String> messages = deliveredTexts().stream()
                .filter(text -> text.contains("flapping-broker"))
                .toList();
        assertThat(messages).hasSizeBetween(1, 2);
        assertThat(messages).anySatisfy(text -> assertThat(text).containsPattern("[2-6] times within 3 s"));
    }

    @Test
    void perChatRateIsNeverExceededUnderABurstOf100Events() {
        IntStream.range(0, 100).forEach(i -> events.publish(fill("burst-" + i, BigDecimal.ZERO)));

        await().atMost(Duration.ofSeconds(40))
                .untilAsserted(() -> assertThat(deliveredTexts().stream().filter(text -> text.contains("burst-")))
                        .hasSize(100));

        List<Long> arrivals = TELEGRAM.calls("sendMessage").stream()
                .filter(call -> call.chatId() == ALERT_CHAT)
                .map(FakeTelegramBotApi.Call::receivedAtNanos)
                .toList();
        assertThat(arrivals).hasSizeGreaterThanOrEqualTo(100);
        // The limiter spaces sends at least PER_CHAT_INTERVAL apart; the fake records arrivals, which may shift by
        // transport jitter. So any k consecutive requests to the chat must span at least k intervals less that
        // jitter, which bounds the rate over every window, not just between neighbours.
        for (int i = 0; i < arrivals.size(); i++) {
            for (int j = i + 1; j < arrivals.size(); j++) {
                long span = arrivals.get(j) - arrivals.get(i);
                long least = PER_CHAT_INTERVAL
                        .multipliedBy(j - i)
                        .minus(ARRIVAL_JITTER)
                        .toNanos();
                assertThat(span).as("span of requests %d..%d to one chat", i, j).isGreaterThanOrEqualTo(least);
            }
        }
        // In the order they were raised (RabbitMQ may reorder messages published over several channels).
        assertThat(orderIds(deliveredTexts(), "burst-"))
                .doesNotHaveDuplicates()
                .hasSize(100)
                .isEqualTo(orderIds(raisedTexts("burst-"), "burst-"));
    }

    @Test
    void waitsTheRetryAfterOfA429ThenDelivers(CapturedOutput output) {
        TELEGRAM.answerTooManyRequests("flood-1");

        events.publish(fill("flood-1", BigDecimal.ZERO));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(deliveredTexts())
                        .anySatisfy(text -> assertThat(text).contains("flood-1")));
        List<FakeTelegramBotApi.Call> attempts = TELEGRAM.calls("sendMessage").stream()
                .filter(call -> call.text().contains("flood-1"))
                .toList();
        assertThat(attempts).extracting(FakeTelegramBotApi.Call::status).containsExactly(429, 200);
        // too-many-requests.json says retry_after 5; the fixture's value is honoured to the millisecond.
        assertThat(attempts.get(1).receivedAtNanos() - attempts.get(0).receivedAtNanos())
                .isGreaterThanOrEqualTo(Duration.ofSeconds(5).minusMillis(5).toNanos());
        assertThat(alert("flood-1")).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(output.getAll()).doesNotContain(FakeTelegramBotApi.TOKEN);
    }

    @Test
    void keepsAlertsPendingWhileTelegramIsDownThenDeliversAllInOrderOnce(CapturedOutput output) {
        TELEGRAM.down();
        IntStream.range(0, 5).forEach(i -> events.publish(fill("outage-" + i, BigDecimal.ZERO)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(TELEGRAM.calls("sendMessage").stream().filter(call -> call.status() == 500))
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(pendingWith("outage-")).isEqualTo(5);
            // The oldest pending alert is the one being retried; the others wait behind it.
            assertThat(jdbc.sql("""
                            SELECT last_error FROM alerting.alerts WHERE status = 'PENDING' ORDER BY id LIMIT 1
                            """).query(String.class).single()).contains("Internal Server Error");
        });
        assertThat(deliveredTexts()).noneMatch(text -> text.contains("outage-"));

        TELEGRAM.up();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(pendingWith("outage-")).isZero());
        assertThat(orderIds(deliveredTexts(), "outage-"))
                .doesNotHaveDuplicates()
                .hasSize(5)
                .isEqualTo(orderIds(raisedTexts("outage-"), "outage-"));
        assertThat(output.getAll()).doesNotContain(FakeTelegramBotApi.TOKEN);
    }

    @Test
    void failsAnAlertTelegramRefusesWithItsDescriptionAndGoesOn() {
        events.publish(new ServiceErrorOccurred("backtest-service", "refusal", FakeTelegramBotApi.REFUSE));
        events.publish(fill("after-refusal", BigDecimal.ZERO));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(deliveredTexts())
                        .anySatisfy(text -> assertThat(text).contains("after-refusal")));
        Map<String, Object> refused = alert(FakeTelegramBotApi.REFUSE);
        assertThat(refused).containsEntry("status", "FAILED");
        assertThat(refused.get("last_error")).isEqualTo("chat 1001: Bad Request: chat not found");
    }

    @Test
    void sendsAPoisonMessageToTheDeadLetterQueue() {
        events.publishRaw("trading.order.filled", "{not json".getBytes(StandardCharsets.UTF_8));
        events.publishRaw("trading.order.filled", """
                {"eventId":"6c1f4c1e-4f4a-4c55-9f1a-2b8d8f9e0a11","type":"trading.order.filled",
                 "occurredAt":"2024-05-02T07:00:00Z","source":"trading-service",
                 "payload":{"clientOrderId":"poison","strategyId":"s","secid":"SBER","board":"TQBR","side":"BUY",
                            "lots":1,"price":-1,"commission":0,"filledAt":"2024-05-02T07:00:00Z"}}
                """.getBytes(StandardCharsets.UTF_8));

        List<String> deadLetters = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Message message = rabbit.receive("alerting.events.dlq");
            if (message != null) {
                deadLetters.add(new String(message.getBody(), StandardCharsets.UTF_8));
            }
            assertThat(deadLetters).hasSize(2);
        });
        assertThat(deadLetters)
                .anySatisfy(body -> assertThat(body).isEqualTo("{not json"))
                .anySatisfy(body -> assertThat(body).contains("\"clientOrderId\":\"poison\""));
        assertThat(jdbc.sql("SELECT count(*) FROM alerting.alerts WHERE text LIKE '%poison%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void raisesOneAlertForAnEventDeliveredTwice() {
        EventEnvelope<OrderFilled> twice =
                EventEnvelope.wrap(fill("twice-1", BigDecimal.ZERO), "trading-service", Clock.systemUTC());
        events.publish(twice);
        events.publish(twice);
        // One listener consumes in order, so once this one is out the duplicate has been handled.
        events.publish(fill("after-twice", BigDecimal.ZERO));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(deliveredTexts())
                        .anySatisfy(text -> assertThat(text).contains("after-twice")));
        assertThat(deliveredTexts().stream().filter(text -> text.contains("twice-1")))
                .hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM alerting.processed_events WHERE event_id = ?")
                        .param(twice.eventId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void testEndpointNeedsTheApiTokenAndSendsAMessage() {
        var withoutToken = http().post().uri("/api/v1/alerts/test").retrieve().toEntity(String.class);
        var wrongToken = http().post()
                .uri("/api/v1/alerts/test")
                .header("Authorization", "Bearer wrong")
                .retrieve()
                .toEntity(String.class);
        var accepted = http().post()
                .uri("/api/v1/alerts/test")
                .header("Authorization", "Bearer " + API_TOKEN)
                .header("Content-Type", "application/json")
                .body("{\"note\":\"from the <IT>\"}")
                .retrieve()
                .toEntity(String.class);

        assertThat(withoutToken.getStatusCode().value()).isEqualTo(401);
        assertThat(withoutToken.getBody()).contains("Authorization: Bearer");
        assertThat(wrongToken.getStatusCode().value()).isEqualTo(401);
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(deliveredTexts())
                        .anySatisfy(text -> assertThat(text).contains("Test alert", "from the &lt;IT&gt;")));
    }

    @Test
    void exportsTheAlertMetrics() {
        events.publish(fill("metrics-1", BigDecimal.ZERO));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(deliveredTexts())
                        .anySatisfy(text -> assertThat(text).contains("metrics-1")));
        TELEGRAM.answerTooManyRequests("metrics-2");
        events.publish(fill("metrics-2", BigDecimal.ZERO));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = http().get().uri("/actuator/prometheus").retrieve().body(String.class);
            assertThat(metrics)
                    .contains(
                            "alerting_alerts_raised_total{application=\"alerting-service\",rule=\"order-filled\"}",
                            "alerting_alerts_sent_total",
                            "alerting_alerts_failed_total",
                            "alerting_alerts_pending",
                            "alerting_delivery_latency_seconds_count",
                            "alerting_bot_updates_ignored_total")
                    .containsPattern("alerting_telegram_errors_total\\{[^}]*code=\"429\"");
        });
    }

    private RestClient http() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    private static OrderFilled fill(String clientOrderId, BigDecimal commission) {
        return new OrderFilled(
                clientOrderId,
                "sber-sma",
                "SBER",
                "TQBR",
                Side.BUY,
                1,
                new BigDecimal("250.15"),
                commission,
                Instant.parse("2024-05-02T07:00:00Z"));
    }

    private static List<String> deliveredTexts() {
        return TELEGRAM.delivered().stream()
                .filter(call -> call.chatId() == ALERT_CHAT)
                .map(FakeTelegramBotApi.Call::text)
                .toList();
    }

    /** Alert texts containing {@code fragment}, in the order the alerts were raised. */
    private List<String> raisedTexts(String fragment) {
        return jdbc.sql("SELECT text FROM alerting.alerts WHERE text LIKE ? ORDER BY id")
                .param("%" + fragment + "%")
                .query(String.class)
                .list();
    }

    static List<String> orderIds(List<String> texts, String prefix) {
        Pattern orderId = Pattern.compile("<code>(" + Pattern.quote(prefix) + "\\d+)</code>");
        return texts.stream()
                .map(orderId::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .toList();
    }

    private List<String> rulesOfSentAlerts() {
        return jdbc.sql("SELECT DISTINCT rule FROM alerting.alerts WHERE status = 'SENT'")
                .query(String.class)
                .list();
    }

    private long pendingWith(String fragment) {
        return jdbc.sql("SELECT count(*) FROM alerting.alerts WHERE status = 'PENDING' AND text LIKE ?")
                .param("%" + fragment + "%")
                .query(Long.class)
                .single();
    }

    private Map<String, Object> alert(String fragment) {
        return jdbc.sql(
                        "SELECT status, attempts, last_error FROM alerting.alerts WHERE text LIKE ? ORDER BY id LIMIT 1")
                .param("%" + fragment + "%")
                .query()
                .singleRow();
    }
}
