package io.algomoex.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/orders/{clientOrderId}/cancel} on the real database and RabbitMQ: the API token is required,
 * an unknown id is 404, an open order is cancelled at the paper broker and in our books (also while trading is
 * halted) with its event, and a final order is 409.
 */
@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "algo.trading.amqp.candle-queue=trading.candles.cancel-it",
            "algo.trading.amqp.command-queue=trading.commands.cancel-it",
            "algo.api.token=cancel-it-token",
            "algo.trading.risk.session-hours-only=false",
            "algo.trading.strategies[0].id=cancel-sma",
            "algo.trading.strategies[0].secid=CANCELIT",
            "algo.trading.strategies[0].timeframe=1h",
            "algo.trading.strategies[0].params.fast=2",
            "algo.trading.strategies[0].params.slow=3",
            "algo.trading.strategies[0].size=1"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class OrderCancelIT {

    private static final String TOKEN = "Bearer cancel-it-token";
    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    /** fast 2 / slow 3 crosses up on the fifth candle: a buy that would fill at the sixth candle's open. */
    private static final String[] CLOSES = {"10", "10", "9", "9", "12"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeWhatTheTestWrote() {
        jdbc.sql("DELETE FROM trading.order_events WHERE client_order_id IN"
                        + " (SELECT client_order_id FROM trading.orders WHERE strategy_id = 'cancel-sma')")
                .update();
        jdbc.sql("DELETE FROM trading.orders WHERE strategy_id = 'cancel-sma'").update();
        jdbc.sql("DELETE FROM trading.positions WHERE strategy_id = 'cancel-sma'")
                .update();
        jdbc.sql("DELETE FROM trading.strategy_progress WHERE strategy_id = 'cancel-sma'")
                .update();
        jdbc.sql("DELETE FROM trading.paper_fills WHERE client_order_id IN"
                        + " (SELECT client_order_id FROM trading.paper_orders WHERE secid = 'CANCELIT')")
                .update();
        jdbc.sql("DELETE FROM trading.paper_orders WHERE secid = 'CANCELIT'").update();
        jdbc.sql("DELETE FROM trading.paper_candles WHERE secid = 'CANCELIT'").update();
        jdbc.sql("DELETE FROM trading.halts").update();
    }

    @Test
    void cancelsAnOpenOrderAtTheBrokerWhileHaltedAndRefusesUnknownAndFinalOnes() {
        assertThat(post("/api/v1/orders/nope/cancel", null).getStatusCode().value())
                .isEqualTo(401);
        assertThat(post("/api/v1/orders/nope/cancel", TOKEN).getStatusCode().value())
                .isEqualTo(404);

        publishCandles();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "SUBMITTED"
                        .equals(jdbc.sql("SELECT state FROM trading.orders WHERE strategy_id = 'cancel-sma'")
                                .query(String.class)
                                .optional()
                                .orElse(null)));
        String id = jdbc.sql("SELECT client_order_id FROM trading.orders WHERE strategy_id = 'cancel-sma'")
                .query(String.class)
                .single();
        assertThat(post("/api/v1/halt", TOKEN).getStatusCode().value()).isEqualTo(200);

        ResponseEntity<Map<String, Object>> cancelled = post("/api/v1/orders/" + id + "/cancel", TOKEN);

        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        assertThat(cancelled.getBody())
                .containsEntry("clientOrderId", id)
                .containsEntry("status", "cancelled")
                .containsEntry("reason", "cancelled by rest")
                .containsEntry("filledUnits", 0);
        assertThat(jdbc.sql("SELECT state FROM trading.paper_orders WHERE client_order_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT state FROM trading.order_events WHERE client_order_id = :id ORDER BY id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("NEW", "SUBMITTED", "CANCELLED");
        assertThat(jdbc.sql("SELECT count(*) FROM trading.outbox WHERE routing_key = 'trading.order.cancelled'"
                                + " AND body LIKE :id AND body LIKE '%\"reason\":\"cancelled by rest\"%'")
                        .param("id", "%" + id + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        ResponseEntity<Map<String, Object>> again = post("/api/v1/orders/" + id + "/cancel", TOKEN);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("detail")).asString().contains("CANCELLED");
    }

    private ResponseEntity<Map<String, Object>> post(String uri, String authorization) {
        var request = new RunningService(port).http().post().uri(uri);
        if (authorization != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.retrieve().toEntity(RunningService.JSON_OBJECT);
    }

    private void publishCandles() {
        ClosedCandles.publish(rabbit, json, "CANCELIT", START, CLOSES, 0, CLOSES.length);
    }
}
