package io.algomoex.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.Exchanges;
import io.algomoex.common.event.HaltTrading;
import io.algomoex.common.event.ResumeTrading;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kill switch on the real database and RabbitMQ: halt and resume by REST and by command message, each stored in
 * {@code trading.halts}, shown by {@code /api/v1/status}, and a halted strategy places no order on its next signal.
 */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // Queues of their own: other test contexts in this JVM consume the default ones.
            "algo.trading.amqp.candle-queue=trading.candles.kill-it",
            "algo.trading.amqp.command-queue=trading.commands.kill-it",
            "algo.api.token=kill-switch-it-token",
            "algo.trading.strategies[0].id=kill-sma",
            "algo.trading.strategies[0].secid=KILLIT",
            "algo.trading.strategies[0].timeframe=1h",
            "algo.trading.strategies[0].params.fast=2",
            "algo.trading.strategies[0].params.slow=3",
            "algo.trading.strategies[0].size=1"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class KillSwitchIT {

    private static final String TOKEN = "Bearer kill-switch-it-token";

    /** 10:00 Moscow time: every candle below closes inside the main session. */
    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    /** fast 2 / slow 3: up-crosses on candle 5 and on candle 11, a down-cross on candle 8 while flat. */
    private static final String[] CLOSES = {"10", "10", "9", "9", "12", "13", "14", "8", "7", "7", "12"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    private final List<UUID> commandIds = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestWrote() {
        jdbc.sql("DELETE FROM trading.order_events WHERE client_order_id IN"
                        + " (SELECT client_order_id FROM trading.orders WHERE strategy_id = 'kill-sma')")
                .update();
        jdbc.sql("DELETE FROM trading.orders WHERE strategy_id = 'kill-sma'").update();
        jdbc.sql("DELETE FROM trading.positions WHERE strategy_id = 'kill-sma'").update();
        jdbc.sql("DELETE FROM trading.strategy_progress WHERE strategy_id = 'kill-sma'")
                .update();
        jdbc.sql("DELETE FROM trading.halts").update();
        commandIds.forEach(id -> jdbc.sql("DELETE FROM trading.processed_commands WHERE command_id = :id")
                .param("id", id)
                .update());
    }

    @Test
    void haltAndResumeByRestStopAndRestartOrders() {
        assertThat(post("/api/v1/halt?strategy=kill-sma", null)).isEqualTo(401);
        assertThat(post("/api/v1/halt?strategy=kill-sma", "Bearer wrong")).isEqualTo(401);
        assertThat(post("/api/v1/halt?strategy=nobody", TOKEN)).isEqualTo(400);
        assertThat(halts()).isEmpty();

        assertThat(post("/api/v1/halt?strategy=kill-sma", TOKEN)).isEqualTo(200);

        assertThat(halts()).containsExactly(Map.entry("kill-sma", "halted by rest"));
        assertThat(strategyStatus()).containsEntry("halted", true).containsEntry("haltReason", "halted by rest");

        // The up-cross of candle 5 comes while halted: no order.
        publishCandles(0, 5);
        awaitProgress(4);
        assertThat(orderCount()).isZero();

        assertThat(post("/api/v1/resume?strategy=kill-sma", TOKEN)).isEqualTo(200);
        assertThat(halts()).isEmpty();
        assertThat(strategyStatus()).containsEntry("halted", false);

        // Resumed, the up-cross of candle 11 places an order.
        publishCandles(5, CLOSES.length);
        awaitProgress(CLOSES.length - 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> orderCount() == 1);
        assertThat(outboxCount("trading.halted")).isPositive();
        assertThat(outboxCount("trading.resumed")).isPositive();
    }

    @Test
    void haltAndResumeByCommandMessageOnceEach() {
        UUID haltId = publishCommand(new HaltTrading(null, "telegram:42"));
        await().atMost(Duration.ofSeconds(20)).until(() -> halts().containsKey("*"));
        assertThat(halts()).containsEntry("*", "halted by telegram:42");
        assertThat(status()).containsEntry("halted", true);
        assertThat(strategyStatus()).containsEntry("halted", true);

        UUID resumeId = publishCommand(new ResumeTrading(null, "telegram:42"));
        await().atMost(Duration.ofSeconds(20)).until(() -> halts().isEmpty());
        assertThat(status()).containsEntry("halted", false);

        // A redelivered halt is skipped: its id was carried out already.
        publish(haltId, new HaltTrading(null, "telegram:42"));
        UUID strategyHaltId = publishCommand(new HaltTrading("kill-sma", "telegram:42"));
        await().atMost(Duration.ofSeconds(20)).until(() -> halts().containsKey("kill-sma"));
        assertThat(halts()).doesNotContainKey("*");
        assertThat(processed(haltId, resumeId, strategyHaltId)).isEqualTo(3);
    }

    @Test
    void deadLettersMalformedCommandsAndUnknownStrategies() {
        publishCommand(new HaltTrading("nobody", "telegram:42"));
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        rabbit.send(
                Exchanges.COMMANDS,
                "trading.halt",
                new Message("{not json".getBytes(StandardCharsets.UTF_8), properties));

        List<Message> deadLetters = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Message message = rabbit.receive("trading.commands.kill-it.dlq", 500);
            if (message != null) {
                deadLetters.add(message);
            }
            return deadLetters.size() == 2;
        });
        assertThat(halts()).isEmpty();
    }

    private int post(String uri, String authorization) {
        var request = new RunningService(port).http().post().uri(uri);
        if (authorization != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.retrieve().toEntity(String.class).getStatusCode().value();
    }

    private Map<String, Object> status() {
        return new RunningService(port)
                .http()
                .get()
                .uri("/api/v1/status")
                .retrieve()
                .body(RunningService.JSON_OBJECT);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> strategyStatus() {
        List<Map<String, Object>> strategies = (List<Map<String, Object>>) status().get("strategies");
        assertThat(strategies).hasSize(1);
        return strategies.getFirst();
    }

    private Map<String, String> halts() {
        return jdbc
                .sql("SELECT scope, reason FROM trading.halts")
                .query((row, n) -> Map.entry(row.getString("scope"), row.getString("reason")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long orderCount() {
        return jdbc.sql("SELECT count(*) FROM trading.orders WHERE strategy_id = 'kill-sma'")
                .query(Long.class)
                .single();
    }

    private long outboxCount(String routingKey) {
        return jdbc.sql("SELECT count(*) FROM trading.outbox WHERE routing_key = :key AND body LIKE '%kill-sma%'")
                .param("key", routingKey)
                .query(Long.class)
                .single();
    }

    private long processed(UUID... ids) {
        return List.of(ids).stream()
                .filter(id -> jdbc.sql("SELECT count(*) FROM trading.processed_commands WHERE command_id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single()
                        == 1)
                .count();
    }

    private void awaitProgress(int index) {
        Instant expected = START.plus(Duration.ofHours(index));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                "SELECT last_candle FROM trading.strategy_progress WHERE strategy_id = 'kill-sma'")
                        .query(Timestamp.class)
                        .optional()
                        .map(Timestamp::toInstant)
                        .filter(expected::equals)
                        .isPresent());
    }

    private void publishCandles(int from, int to) {
        ClosedCandles.publish(rabbit, json, "KILLIT", START, CLOSES, from, to);
    }

    private UUID publishCommand(EventPayload command) {
        UUID id = UUID.randomUUID();
        publish(id, command);
        return id;
    }

    private void publish(UUID id, EventPayload command) {
        commandIds.add(id);
        EventEnvelope<EventPayload> envelope = new EventEnvelope<>(
                id, command.type(), Instant.parse("2026-01-05T07:00:00Z"), "alerting-service", command);
        rabbit.send(Exchanges.COMMANDS, envelope.routingKey(), message(envelope));
    }

    private Message message(EventEnvelope<?> envelope) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(envelope.eventId().toString());
        return new Message(json.writeValueAsBytes(envelope), properties);
    }
}
