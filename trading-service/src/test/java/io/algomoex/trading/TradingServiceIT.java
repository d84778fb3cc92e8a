package io.algomoex.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@IntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "algo.trading.strategies[0].id=sber-sma",
            "algo.trading.strategies[0].secid=SBER",
            "algo.trading.strategies[0].timeframe=1h",
            "algo.trading.strategies[0].params.fast=20",
            "algo.trading.strategies[0].params.slow=50",
            "algo.trading.strategies[0].size=2"
        })
@Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
class TradingServiceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderStore orders;

    @AfterEach
    void removeHalts() {
        jdbc.sql("DELETE FROM trading.halts").update();
    }

    private RestClient http() {
        return new RunningService(port).http();
    }

    @Test
    void migratesTheTradingSchema() {
        assertThat(RunningService.tablesIn(jdbc, "trading")).contains("halts", "flyway_schema_history");
    }

    @Test
    void healthIsUpWithDatabaseAndRabbit() {
        new RunningService(port).assertHealthUp("db", "rabbit");
    }

    @Test
    void exportsPrometheusMetrics() {
        new RunningService(port).assertExportsMetricsAs("trading-service");
    }

    @Test
    void statusShowsPaperModeTheConfiguredStrategyAndItsStoredHalt() {
        jdbc.sql("INSERT INTO trading.halts (scope, reason, halted_at) VALUES ('sber-sma', 'max-daily-loss', now())")
                .update();

        Map<String, Object> status =
                http().get().uri("/api/v1/status").retrieve().body(RunningService.JSON_OBJECT);

        assertThat(status).containsEntry("mode", "paper").containsEntry("halted", false);
        assertThat(status.get("strategies"))
                .asInstanceOf(LIST)
                .singleElement()
                .asInstanceOf(MAP)
                .containsEntry("id", "sber-sma")
                .containsEntry("secid", "SBER")
                .containsEntry("board", "TQBR")
                .containsEntry("timeframe", "1h")
                .containsEntry("size", 2)
                .containsEntry("params", Map.of("fast", "20", "slow", "50"))
                .containsEntry("halted", true)
                .containsEntry("haltReason", "max-daily-loss");
    }

    @Test
    void haltIsForbiddenWhileNoApiTokenIsConfigured() {
        var response = http().post().uri("/api/v1/halt").retrieve().toEntity(RunningService.JSON_OBJECT);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody()).containsEntry("status", 403);
        assertThat(RunningService.tablesIn(jdbc, "trading")).contains("processed_commands");
        assertThat(jdbc.sql("SELECT count(*) FROM trading.halts")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theOrderStoreKeepsOneOrderPerClientIdWithEveryTransitionInOneStatementEach() {
        Instant signal = Instant.parse("2026-01-05T07:00:00Z");
        Order intent =
                Order.intent("store-it-1", "sber-sma", new Instrument("SBER", "TQBR"), Side.BUY, 2, 20, signal, signal);
        Order again = Order.intent(
                "store-it-1", "sber-sma", new Instrument("SBER", "TQBR"), Side.SELL, 5, 50, signal, signal);

        assertThat(orders.create(intent, signal)).isTrue();
        assertThat(orders.create(again, signal.plusSeconds(1))).isFalse();
        orders.update(intent.rejected("max-order-size"), signal.plusSeconds(2));

        assertThat(orders.find("store-it-1")).get().satisfies(order -> {
            assertThat(order.side()).isEqualTo(Side.BUY);
            assertThat(order.lots()).isEqualTo(2);
            assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        });
        assertThat(jdbc.sql("SELECT state || ' at ' || extract(epoch FROM occurred_at)::bigint || ': '"
                                + " || coalesce(detail, '-') FROM trading.order_events"
                                + " WHERE client_order_id = 'store-it-1' ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "NEW at " + signal.getEpochSecond() + ": -",
                        "REJECTED at " + (signal.getEpochSecond() + 2) + ": max-order-size");
        Order unknown = Order.intent(
                "store-it-unknown", "sber-sma", new Instrument("SBER", "TQBR"), Side.BUY, 1, 10, signal, signal);
        assertThatThrownBy(() -> orders.update(unknown.submitted(), signal))
                .hasMessage("order store-it-unknown is not stored");
        assertThat(jdbc.sql("SELECT count(*) FROM trading.order_events WHERE client_order_id = 'store-it-unknown'")
                        .query(Long.class)
                        .single())
                .isZero();
        jdbc.sql("DELETE FROM trading.order_events WHERE client_order_id = 'store-it-1'")
                .update();
        jdbc.sql("DELETE FROM trading.orders WHERE client_order_id = 'store-it-1'")
                .update();
    }
}
