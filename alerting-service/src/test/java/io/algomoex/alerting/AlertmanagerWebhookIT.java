package io.algomoex.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** Alertmanager's webhook notifications, as its {@code webhook_configs} sends them, reach the fake Telegram once. */
class AlertmanagerWebhookIT extends AlertingIntegrationTest {

    private static final String GO_ZERO_TIME = "0001-01-01T00:00:00Z";
    private static final String STARTS_AT = "2026-12-03T07:10:15.123456789Z";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void reset() {
        TELEGRAM.reset();
    }

    @Test
    void aFiringAlertRepeatedByAlertmanagerIsOneMessageAndItsResolutionAnother() {
        String fingerprint = fingerprint();

        ResponseEntity<String> first = post(notification("firing", fingerprint, STARTS_AT, GO_ZERO_TIME));
        ResponseEntity<String> repeat = post(notification("firing", fingerprint, STARTS_AT, GO_ZERO_TIME));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(texts(fingerprint))
                        .singleElement()
                        .satisfies(text -> assertThat(text)
                                .contains("<b>FIRING</b> <code>ServiceDown</code> (critical)")
                                .contains("collector-service is down")
                                .contains("instance=collector-service:8081 job=collector-service")));

        ResponseEntity<String> resolved =
                post(notification("resolved", fingerprint, STARTS_AT, "2026-12-03T07:25:45Z"));
        ResponseEntity<String> resolvedAgain =
                post(notification("resolved", fingerprint, STARTS_AT, "2026-12-03T07:25:45Z"));

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).contains("\"received\":1", "\"stored\":1");
        assertThat(repeat.getBody()).contains("\"received\":1", "\"stored\":0");
        assertThat(resolved.getBody()).contains("\"stored\":1");
        assertThat(resolvedAgain.getBody()).contains("\"stored\":0");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(texts(fingerprint))
                        .hasSize(2)
                        .last()
                        .satisfies(text -> assertThat(text)
                                .contains("<b>RESOLVED</b> <code>ServiceDown</code>")
                                .contains("after 15 min")));
        assertThat(jdbc.sql("SELECT DISTINCT rule FROM alerting.alerts WHERE alert_key LIKE ?")
                        .param("%" + fingerprint + "%")
                        .query(String.class)
                        .list())
                .containsExactly("prometheus");
    }

    @Test
    void aNewFiringEpisodeOfTheSameAlertIsANewMessage() {
        String fingerprint = fingerprint();

        post(notification("firing", fingerprint, STARTS_AT, GO_ZERO_TIME));
        post(notification("resolved", fingerprint, STARTS_AT, "2026-12-03T07:25:45Z"));
        ResponseEntity<String> again = post(notification("firing", fingerprint, "2026-12-03T08:00:00Z", GO_ZERO_TIME));

        assertThat(again.getBody()).contains("\"stored\":1");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(texts(fingerprint)).hasSize(3));
    }

    @Test
    void aMalformedNotificationIsRefusedWholeAndStoresNothing() {
        String fingerprint = fingerprint();
        String valid = notification("firing", fingerprint, STARTS_AT, GO_ZERO_TIME);
        String badStatus = valid.replace(
                "\"status\": \"firing\",\n      \"labels\"", "\"status\": \"pending\",\n      \"labels\"");
        String badTime = valid.replace(STARTS_AT, "yesterday");
        String noName = valid.replace("\"alertname\": \"ServiceDown\",\n        \"job\"", "\"job\"");

        assertThat(List.of(badStatus, badTime, noName, "{\"version\":\"4\",", "{\"version\":\"3\",\"alerts\":[]}"))
                .allSatisfy(
                        body -> assertThat(post(body).getStatusCode().value()).isEqualTo(400));
        assertThat(post(badStatus).getBody()).contains("firing or resolved, got pending");
        assertThat(post(badTime).getBody()).contains("startsAt must be an RFC 3339 time");
        assertThat(post(noName).getBody()).contains("labels.alertname is required");
        assertThat(jdbc.sql("SELECT count(*) FROM alerting.alerts WHERE alert_key LIKE ?")
                        .param("%" + fingerprint + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theWebhookNeedsTheApiToken() {
        String body = notification("firing", fingerprint(), STARTS_AT, GO_ZERO_TIME);

        ResponseEntity<String> without = http().post()
                .uri("/api/v1/alertmanager")
                .header("Content-Type", "application/json")
                .body(body)
                .retrieve()
                .toEntity(String.class);
        ResponseEntity<String> wrong = http().post()
                .uri("/api/v1/alertmanager")
                .header("Authorization", "Bearer wrong")
                .header("Content-Type", "application/json")
                .body(body)
                .retrieve()
                .toEntity(String.class);

        assertThat(without.getStatusCode().value()).isEqualTo(401);
        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
    }

    private ResponseEntity<String> post(String body) {
        return http().post()
                .uri("/api/v1/alertmanager")
                .header("Authorization", "Bearer " + API_TOKEN)
                .header("Content-Type", "application/json")
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    private List<String> texts(String fingerprint) {
        List<String> ours = jdbc.sql("SELECT text FROM alerting.alerts WHERE alert_key LIKE ? ORDER BY id")
                .param("%" + fingerprint + "%")
                .query(String.class)
                .list();
        return TELEGRAM.delivered().stream()
                .filter(call -> call.chatId() == ALERT_CHAT)
                .map(FakeTelegramBotApi.Call::text)
                .filter(text -> ours.stream().anyMatch(stored -> stored.equals(text)))
                .toList();
    }

    private static String fingerprint() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String notification(String status, String fingerprint, String startsAt, String endsAt) {
        try (InputStream in = AlertmanagerWebhookIT.class.getResourceAsStream("/alertmanager/notification.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : Map.of(
                            "alertname", "ServiceDown",
                            "status", status,
                            "fingerprint", fingerprint,
                            "startsAt", startsAt,
                            "endsAt", endsAt)
                    .entrySet()) {
                text = text.replace("{{" + value.getKey() + "}}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RestClient http() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }
}
