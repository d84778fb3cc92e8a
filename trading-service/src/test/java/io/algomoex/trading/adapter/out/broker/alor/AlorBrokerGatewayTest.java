package io.algomoex.trading.adapter.out.broker.alor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.MutableClock;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerRateLimitedException;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderFateUnknownException;
import io.algomoex.trading.application.port.OrderRejectedException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.OrderState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AlorBrokerGatewayTest {

    private static final Instrument SBER = new Instrument("SBER", "TQBR");
    private static final Instant START = Instant.parse("2026-01-05T07:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final FakeAlor fake = new FakeAlor(clock);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AlorConnection alor = new AlorConnection(fake.settings(), registry, clock, Map.of("SBER", "TQBR"));
    private final AlorBrokerGateway gateway = alor.gateway();

    @AfterEach
    void close() {
        alor.close();
        fake.close();
    }

    private static OrderRequest buy(String id, long lots) {
        return new OrderRequest(id, "sber-sma", SBER, Timeframe.H1, Side.BUY, lots, lots * 10);
    }

    @Test
    void placesAMarketOrderInLotsWithTheClientIdAsRequestIdAndTheBoard() {
        BrokerOrder placed = gateway.submit(buy("7f1d2c9e-0d5b-4f3a-9a7e-2b9f0c6d1e44", 3));

        assertThat(placed.state()).isEqualTo(OrderState.SUBMITTED);
        RecordedRequest sent = fake.orderRequests.getFirst();
        assertThat(sent.getUrl().encodedPath())
                .isEqualTo("/commandapi/warptrans/TRADE/v2/client/orders/actions/market");
        assertThat(sent.getHeaders().get("X-REQID")).isEqualTo("7f1d2c9e-0d5b-4f3a-9a7e-2b9f0c6d1e44");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + fake.currentToken());
        JsonNode body = FakeAlor.JSON.readTree(sent.getBody().utf8());
        assertThat(body.path("quantity").asLong()).isEqualTo(3);
        assertThat(body.path("side").asString()).isEqualTo("buy");
        assertThat(body.path("instrument").path("instrumentGroup").asString()).isEqualTo("TQBR");
        assertThat(body.path("user").path("portfolio").asString()).isEqualTo("D39004");
        assertThat(body.has("price")).isFalse();
        assertThat(fake.violations).isEmpty();
        assertThat(counted("submit", "ok")).isEqualTo(1);
    }

    @Test
    void takesTheOldResponseOfARepeatedClientIdAsTheSameOrder() {
        gateway.submit(buy("id-1", 1));
        BrokerOrder again = gateway.submit(buy("id-1", 1));

        assertThat(again.state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(fake.orderRequests).hasSize(2);
        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(gateway.order("id-1")).isPresent();
    }

    @Test
    void alignsALimitPriceToThePriceStepLookedUpOnce() {
        gateway.submit(new OrderRequest("id-1", "s", SBER, Timeframe.H1, Side.BUY, 1, 10, new BigDecimal("250.1234")));
        gateway.submit(new OrderRequest("id-2", "s", SBER, Timeframe.H1, Side.SELL, 1, 10, new BigDecimal("250.1234")));

        List<BigDecimal> prices = fake.orderRequests.stream()
                .map(r ->
                        FakeAlor.JSON.readTree(r.getBody().utf8()).path("price").decimalValue())
                .toList();
        assertThat(prices.get(0)).isEqualByComparingTo("250.12");
        assertThat(prices.get(1)).isEqualByComparingTo("250.13");
        assertThat(fake.orderRequests.getFirst().getUrl().encodedPath()).endsWith("/actions/limit");
        assertThat(fake.securityLookups()).isEqualTo(1);
        assertThat(fake.violations).isEmpty();
    }

    @Test
    void aFinalRejectionCarriesAlorsReason() {
        fake.rejectNext("Недостаточно средств для выставления заявки");

        assertThatThrownBy(() -> gateway.submit(buy("id-1", 1)))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("Alor: Недостаточно средств для выставления заявки");
        assertThat(fake.orderCount()).isZero();
    }

    @Test
    void aRateLimitIsRetryableWithItsWaitAndA5xxIsRetryable() {
        fake.trouble(FakeAlor.Trouble.RATE_LIMITED, FakeAlor.Trouble.SERVER_ERROR);

        assertThatThrownBy(() -> gateway.submit(buy("id-1", 1)))
                .isInstanceOfSatisfying(
                        BrokerRateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> gateway.submit(buy("id-1", 1)))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("503");
        assertThat(gateway.submit(buy("id-1", 1)).state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(counted("submit", "rate-limited")).isEqualTo(1);
    }

    @Test
    void anHtmlPageOrBrokenJsonIsAClearRetryableError() {
        fake.trouble(FakeAlor.Trouble.MALFORMED_JSON);
        assertThatThrownBy(() -> gateway.submit(buy("id-1", 1)))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("not valid JSON");

        fake.htmlOnNextRead();
        assertThatThrownBy(gateway::positions)
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("502 Bad Gateway");
    }

    @Test
    void findsAnOrderByItsClientIdWhenTheAnswerWasLost() {
        fake.trouble(FakeAlor.Trouble.ACCEPT_THEN_HANG);
        assertThatThrownBy(() -> gateway.submit(buy("id-1", 2)))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("could not be reached");

        // A new connection knows no order numbers, as after a restart: it finds the order by its comment.
        try (AlorConnection restarted = new AlorConnection(fake.settings(), registry, clock, Map.of())) {
            BrokerOrder found = restarted.gateway().order("id-1").orElseThrow();
            assertThat(found.state()).isEqualTo(OrderState.SUBMITTED);
            assertThat(restarted.gateway().order("id-unknown")).isEmpty();
            assertThat(restarted.gateway().openOrders())
                    .extracting(BrokerOrder::clientOrderId)
                    .containsExactly("id-1");
        }
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void reportsFillsPositionsAndStatesInUnits() {
        gateway.submit(buy("id-1", 2));
        fake.fill("id-1", new BigDecimal("250.1"), new BigDecimal("2.501"), START);

        BrokerOrder filled = gateway.order("id-1").orElseThrow();
        List<Execution> fills = gateway.fills("id-1");

        assertThat(filled.state()).isEqualTo(OrderState.FILLED);
        assertThat(filled.filledUnits()).isEqualTo(20);
        assertThat(fills).singleElement().satisfies(fill -> {
            assertThat(fill.units()).isEqualTo(20);
            assertThat(fill.price()).isEqualByComparingTo("250.1");
            assertThat(fill.commission()).isEqualByComparingTo("2.501");
            assertThat(fill.executedAt()).isEqualTo(START);
        });
        assertThat(gateway.positions()).containsExactly(Map.entry(SBER, 20L));
        assertThat(gateway.executionsUpTo(null)).isEmpty();
    }

    @Test
    void cancelsAWorkingOrderAndIgnoresAFinalOne() {
        gateway.submit(buy("id-1", 1));
        gateway.cancel("id-1");
        assertThat(gateway.order("id-1").orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
        gateway.cancel("id-1");
        gateway.cancel("never-sent");
        assertThat(fake.violations).isEmpty();
    }

    @Test
    void refreshesTheTokenFromItsExpiryNotPerRequestAndOnceOnA401() {
        gateway.positions();
        gateway.positions();
        assertThat(fake.refreshes()).isEqualTo(1);

        // 26 minutes on, the 30-minute token is within 5 minutes of its exp: refreshed before the call.
        clock.advance(Duration.ofMinutes(26));
        gateway.positions();
        assertThat(fake.refreshes()).isEqualTo(2);

        // Revoked at the server mid-session: the 401 refreshes once and the call is repeated once.
        fake.revokeToken();
        gateway.positions();
        assertThat(fake.refreshes()).isEqualTo(3);
        assertThat(registry.counter("trading.broker.token.refreshes", "broker", "alor", "outcome", "ok")
                        .count())
                .isEqualTo(3);
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(gateway::positions));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fake.refreshes()).isEqualTo(1);
    }

    @Test
    void anInvalidRefreshTokenNamesTheVariableToRenew() {
        AlorSettings s = fake.settings();
        AlorSettings wrong = new AlorSettings(
                "not-the-token",
                s.portfolio(),
                s.exchange(),
                s.apiUrl(),
                s.oauthUrl(),
                s.wsUrl(),
                s.connectTimeout(),
                s.readTimeout(),
                s.refreshBefore(),
                s.rateLimitWait(),
                s.pingInterval(),
                s.reconnectFirst(),
                s.reconnectMax(),
                s.defaultBoard());
        try (AlorConnection refused = new AlorConnection(wrong, registry, clock, Map.of())) {
            assertThatThrownBy(() -> refused.gateway().positions())
                    .isInstanceOf(BrokerUnavailableException.class)
                    .hasMessageContaining("ALGO_TRADING_ALOR_REFRESH_TOKEN")
                    .hasMessageNotContaining("not-the-token");
        }
        assertThat(wrong.toString()).doesNotContain("not-the-token");
    }

    private double counted(String method, String outcome) {
        return registry.counter("trading.broker.requests", "broker", "alor", "method", method, "outcome", outcome)
                .count();
    }

    @Test
    void findsTheFillsOfAnOrderOfAnEarlierDayInTheTradeHistory() {
        gateway.submit(buy("past-1", 1));
        fake.fill("past-1", new BigDecimal("250.1"), new BigDecimal("1.25"), START.plusSeconds(5));
        fake.endTradingDay();
        clock.advance(Duration.ofDays(1));

        // A new process: it knows no order numbers.
        try (AlorConnection next = new AlorConnection(fake.settings(), registry, clock, Map.of("SBER", "TQBR"))) {
            AlorBrokerGateway restarted = next.gateway();
            assertThat(restarted.order("past-1")).isEmpty();
            BrokerOrder found = restarted.order("past-1", START).orElseThrow();

            assertThat(found.state()).isEqualTo(OrderState.CANCELLED);
            assertThat(found.filledUnits()).isEqualTo(10);
            assertThat(found.reason()).contains("2026-01-05").contains("oneday");
            assertThat(restarted.fills("past-1")).singleElement().satisfies(fill -> {
                assertThat(fill.units()).isEqualTo(10);
                assertThat(fill.price()).isEqualByComparingTo("250.1");
            });
        }
        assertThat(fake.historyQueries).singleElement().asString().contains("dateFrom=2026-01-05");
        assertThat(fake.orderRequests).hasSize(1);
        assertThat(fake.violations).isEmpty();
    }

    @Test
    void saysItCannotTellWhenAnOrderOfAnEarlierDayLeftNoTrace() {
        gateway.submit(buy("past-unfilled", 1));
        fake.endTradingDay();
        clock.advance(Duration.ofDays(1));

        try (AlorConnection next = new AlorConnection(fake.settings(), registry, clock, Map.of("SBER", "TQBR"))) {
            assertThatThrownBy(() -> next.gateway().order("past-unfilled", START))
                    .isInstanceOf(OrderFateUnknownException.class)
                    .hasMessageContaining("cannot tell whether it ever received it")
                    .hasMessageContaining("past-unfilled");
            assertThatThrownBy(() -> next.gateway().order("never-sent", START))
                    .isInstanceOf(OrderFateUnknownException.class);
        }
    }

    @Test
    void anOrderOfTodayThatAlorDoesNotListWasNeverReceived() {
        assertThat(gateway.order("never-sent", START.minus(Duration.ofHours(2))))
                .isEmpty();
        assertThat(fake.historyQueries).isEmpty();
    }
}
