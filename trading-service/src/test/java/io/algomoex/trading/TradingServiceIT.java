package io.algomoex.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.testsupport.infrastructure.IntegrationTest;
import io.algomoex.testsupport.infrastructure.PostgresInfrastructure;
import io.algomoex.testsupport.infrastructure.RabbitInfrastructure;
import io.algomoex.testsupport.service.RunningService;
import io.algomoex.trading.adapter.out.broker.paper.JdbcPaperAccount;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
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

    @Autowired
    JdbcPaperAccount paperAccount;

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

    @Test
    void thePaperBrokerOnItsTablesFillsAnOrderOnceAtTheNextCandlesOpen() {
        Instrument paperIt = new Instrument("PAPERIT", "TQBR");
        Instrument otherIt = new Instrument("PAPERIT2", "TQBR");
        PaperBrokerGateway broker = new PaperBrokerGateway(new BigDecimal("0.0005"), paperAccount, Clock.systemUTC());
        Instant first = Instant.parse("2026-01-05T07:00:00Z");
        try {
            // An open order of another market leaves this one on the one-statement path.
            broker.executionsUpTo(paperCandle(otherIt, first, "50"));
            broker.submit(new OrderRequest("paper-it-other", "s", otherIt, Timeframe.H1, Side.BUY, 1, 10));
            assertThat(broker.executionsUpTo(paperCandle(paperIt, first, "100")))
                    .isEmpty();
            broker.submit(new OrderRequest("paper-it-1", "s", paperIt, Timeframe.H1, Side.BUY, 2, 20));

            // The candle the order was placed on, seen again, and an older one fill nothing.
            assertThat(broker.executionsUpTo(paperCandle(paperIt, first, "100")))
                    .isEmpty();
            assertThat(broker.executionsUpTo(paperCandle(paperIt, first.minusSeconds(3600), "90")))
                    .isEmpty();
            assertThat(broker.executionsUpTo(paperCandle(paperIt, first.plusSeconds(3600), "101.5")))
                    .singleElement()
                    .satisfies(fill -> {
                        assertThat(fill.clientOrderId()).isEqualTo("paper-it-1");
                        assertThat(fill.units()).isEqualTo(20);
                        assertThat(fill.price()).isEqualByComparingTo("101.5");
                        assertThat(fill.commission()).isEqualByComparingTo("1.015");
                    });
            assertThat(broker.executionsUpTo(paperCandle(paperIt, first.plusSeconds(3600), "101.5")))
                    .isEmpty();
            assertThat(broker.order("paper-it-1"))
                    .get()
                    .extracting(BrokerOrder::state)
                    .isEqualTo(OrderState.FILLED);
            assertThat(broker.order("paper-it-other"))
                    .get()
                    .extracting(BrokerOrder::state)
                    .isEqualTo(OrderState.SUBMITTED);
            assertThat(jdbc.sql("SELECT last_candle FROM trading.paper_candles WHERE secid = 'PAPERIT'")
                            .query(Timestamp.class)
                            .single()
                            .toInstant())
                    .isEqualTo(first.plusSeconds(3600));
        } finally {
            jdbc.sql("DELETE FROM trading.paper_fills WHERE client_order_id LIKE 'paper-it-%'")
                    .update();
            jdbc.sql("DELETE FROM trading.paper_orders WHERE client_order_id LIKE 'paper-it-%'")
                    .update();
            jdbc.sql("DELETE FROM trading.paper_candles WHERE secid LIKE 'PAPERIT%'")
                    .update();
        }
    }

    private static Candle paperCandle(Instrument instrument, Instant begin, String price) {
        Price each = Price.of(price);
        return new Candle(instrument, Timeframe.H1, begin, each, each, each, each, 1, null);
    }
}
