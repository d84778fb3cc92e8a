package io.algomoex.trading.adapter.out.broker.tinvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.application.MutableClock;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerRateLimitedException;
import io.algomoex.trading.application.port.BrokerUnavailableException;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real T-Invest gateway over HTTP against the loopback {@link FakeTinvest}. */
class TinvestBrokerGatewayTest {

    static final Instrument SBER = new Instrument("SBER", "TQBR");
    private static final Instant NOW = Instant.parse("2026-01-05T07:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeTinvest fake = new FakeTinvest(clock);
    private final List<TinvestConnection> connections = new ArrayList<>();

    @AfterEach
    void close() {
        connections.forEach(TinvestConnection::close);
        fake.close();
        assertThat(fake.violations).isEmpty();
    }

    private TinvestBrokerGateway connect() {
        TinvestConnection connection =
                new TinvestConnection(fake.settings(), new BrokerMeters(new SimpleMeterRegistry(), "tinvest"), clock);
        connections.add(connection);
        return connection.gateway();
    }

    static OrderRequest market(Side side, long lots) {
        return new OrderRequest(UUID.randomUUID().toString(), "sber-sma", SBER, Timeframe.M1, side, lots, lots * 10);
    }

    @Test
    void opensAndFundsOneSandboxAccountAndFindsItAgainAfterARestart() {
        connect().submit(market(Side.BUY, 1));
        connect().submit(market(Side.BUY, 2));

        assertThat(fake.accounts()).hasSize(1).containsValue("algomoex");
        assertThat(fake.paidIn()).isEqualByComparingTo("1000000");
        assertThat(fake.calls)
                .containsExactly(
                        "InstrumentsService/ShareBy",
                        "SandboxService/GetSandboxAccounts",
                        "SandboxService/OpenSandboxAccount",
                        "SandboxService/SandboxPayIn",
                        "OrdersService/PostOrder",
                        "InstrumentsService/ShareBy",
                        "SandboxService/GetSandboxAccounts",
                        "OperationsService/GetPositions",
                        "OrdersService/PostOrder");
        assertThat(fake.calls)
                .filteredOn("SandboxService/OpenSandboxAccount"::equals)
                .hasSize(1);
    }

    @Test
    void aSandboxAccountWhosePayInFailedIsPaidInWhenFoundAgain() {
        fake.failPayIns(1);
        assertThatThrownBy(() -> connect().submit(market(Side.BUY, 1))).isInstanceOf(BrokerUnavailableException.class);
        assertThat(fake.paidIn()).isEqualByComparingTo("0");

        connect().submit(market(Side.BUY, 1));
        connect().submit(market(Side.BUY, 1));

        assertThat(fake.accounts())
                .as("the account opened first is the one used")
                .hasSize(1);
        assertThat(fake.paidIn()).as("paid in once, when found empty").isEqualByComparingTo("1000000");
        assertThat(fake.orderPosts).hasSize(2);
    }

    @Test
    void sendsALimitOrderInLotsWithThePriceAlignedToTheStepAsAQuotation() {
        TinvestBrokerGateway gateway = connect();
        OrderRequest buy = new OrderRequest(
                UUID.randomUUID().toString(), "s", SBER, Timeframe.M1, Side.BUY, 3, 30, new BigDecimal("250.5678"));
        OrderRequest sell = new OrderRequest(
                UUID.randomUUID().toString(), "s", SBER, Timeframe.M1, Side.SELL, 1, 10, new BigDecimal("250.5612"));

        BrokerOrder placed = gateway.submit(buy);
        gateway.submit(sell);

        assertThat(placed).isEqualTo(new BrokerOrder(buy.clientOrderId(), OrderState.SUBMITTED, 0, null));
        assertThat(fake.orderPosts.get(0).toString())
                .contains("\"quantity\":\"3\"", "\"price\":{\"units\":\"250\",\"nano\":560000000}")
                .contains("\"orderId\":\"" + buy.clientOrderId() + "\"", "\"orderType\":\"ORDER_TYPE_LIMIT\"");
        assertThat(fake.orderPosts.get(1).path("price").toString()).isEqualTo("{\"units\":\"250\",\"nano\":570000000}");
        assertThat(fake.calls).filteredOn("InstrumentsService/ShareBy"::equals).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(FakeTinvest.Duplicates.class)
    void theSameOrderIdTwiceIsOneOrderUnderBothDocumentedBehaviours(FakeTinvest.Duplicates behaviour) {
        fake.duplicates(behaviour);
        OrderRequest order = market(Side.BUY, 1);

        BrokerOrder first = connect().submit(order);
        BrokerOrder again = connect().submit(order);

        assertThat(fake.orderPosts).hasSize(2);
        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(again).isEqualTo(first);
        if (behaviour == FakeTinvest.Duplicates.ERROR_30057) {
            assertThat(fake.calls.getLast()).isEqualTo("OrdersService/GetOrderState");
        }
    }

    @Test
    void aTimeoutAfterAcceptanceIsLookedUpByRequestIdBeforeAnythingIsSentAgain() {
        TinvestBrokerGateway gateway = connect();
        OrderRequest order = market(Side.BUY, 1);
        fake.trouble(FakeTinvest.Trouble.ACCEPT_THEN_HANG);

        assertThatThrownBy(() -> gateway.submit(order))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("could not be reached");
        int posts = fake.orderPosts.size();
        BrokerOrder again = gateway.submit(order);

        assertThat(again.state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(fake.orderPosts).hasSize(posts);
        assertThat(fake.calls.getLast()).isEqualTo("OrdersService/GetOrderState");
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAClearRetryableErrorAndTheRetryFindsTheOneOrder() {
        TinvestBrokerGateway gateway = connect();
        OrderRequest order = market(Side.BUY, 1);
        fake.trouble(FakeTinvest.Trouble.ACCEPT_THEN_MALFORMED);

        assertThatThrownBy(() -> gateway.submit(order))
                .isInstanceOf(BrokerUnavailableException.class)
                .isNotInstanceOf(OrderRejectedException.class)
                .hasMessageContaining("not valid JSON");

        assertThat(gateway.submit(order).state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void notTradableAndNotEnoughAssetsAreFinalRejectionsWithTinvestsReason() {
        TinvestBrokerGateway gateway = connect();
        fake.rejectNext("error-not-tradable.json").rejectNext("error-not-enough-assets.json");

        assertThatThrownBy(() -> gateway.submit(market(Side.BUY, 1)))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("T-Invest 30079: Instrument is not available for trading");
        assertThatThrownBy(() -> gateway.submit(market(Side.SELL, 1)))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("T-Invest 30042: Not enough assets for a margin trade");
        assertThat(fake.orderCount()).isZero();
    }

    @Test
    void a429AsksToWaitForTheResetAndAnExhaustedLimitIsKeptWithoutCalling() {
        TinvestBrokerGateway gateway = connect();
        fake.trouble(FakeTinvest.Trouble.RATE_LIMITED);

        assertThatThrownBy(() -> gateway.submit(market(Side.BUY, 1)))
                .isInstanceOfSatisfying(
                        BrokerRateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        fake.exhaustLimitOnNextPost();
        gateway.submit(market(Side.BUY, 1));
        int posts = fake.orderPosts.size();

        assertThatThrownBy(() -> gateway.submit(market(Side.BUY, 1)))
                .isInstanceOfSatisfying(
                        BrokerRateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
        assertThat(fake.orderPosts).hasSize(posts);
        clock.advance(Duration.ofSeconds(3));
        gateway.submit(market(Side.BUY, 1));
        assertThat(fake.orderPosts).hasSize(posts + 1);
    }

    @Test
    void readsFillsFromTheStagesAndPositionsInUnitsAndCancelsOpenOrders() {
        TinvestBrokerGateway gateway = connect();
        OrderRequest filled = market(Side.BUY, 2);
        OrderRequest working = market(Side.BUY, 1);
        gateway.submit(filled);
        gateway.submit(working);
        fake.fill(filled.clientOrderId(), new BigDecimal("250.5"), new BigDecimal("0.0005"), NOW.plusSeconds(2));

        assertThat(gateway.order(filled.clientOrderId()).orElseThrow())
                .isEqualTo(new BrokerOrder(filled.clientOrderId(), OrderState.FILLED, 20, null));
        assertThat(gateway.fills(filled.clientOrderId()))
                .containsExactly(new Execution(
                        filled.clientOrderId(),
                        Side.BUY,
                        20,
                        new BigDecimal("250.5"),
                        new BigDecimal("2.505"),
                        NOW.plusSeconds(2)));
        assertThat(gateway.positions()).isEqualTo(Map.of(SBER, 20L));
        assertThat(gateway.openOrders())
                .extracting(BrokerOrder::clientOrderId)
                .containsExactly(working.clientOrderId());
        assertThat(gateway.order(UUID.randomUUID().toString())).isEmpty();

        gateway.cancel(working.clientOrderId());
        gateway.cancel(filled.clientOrderId());
        assertThat(gateway.order(working.clientOrderId()).orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
        assertThat(gateway.openOrders()).isEmpty();
        assertThat(gateway.fills(working.clientOrderId())).isEmpty();
    }

    @Test
    void refusesAnOrderWhoseLotSizeDisagreesWithTinvests() {
        OrderRequest wrong = new OrderRequest(UUID.randomUUID().toString(), "s", SBER, Timeframe.M1, Side.BUY, 1, 1);

        assertThatThrownBy(() -> connect().submit(wrong))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessageContaining("lots of 10");
        assertThat(fake.orderPosts).isEmpty();
    }

    @Test
    void aRefusedTokenIsRetryableAndNamesTheVariableToRenew() {
        TinvestSettings good = fake.settings();
        TinvestSettings wrong = new TinvestSettings(
                "t.wrong",
                null,
                true,
                good.restUrl(),
                good.wsUrl(),
                good.sandboxAccountName(),
                good.sandboxPayIn(),
                good.connectTimeout(),
                good.readTimeout(),
                good.rateLimitWait(),
                good.pingInterval(),
                good.reconnectFirst(),
                good.reconnectMax(),
                null);
        TinvestConnection connection =
                new TinvestConnection(wrong, new BrokerMeters(new SimpleMeterRegistry(), "tinvest"), clock);
        connections.add(connection);

        assertThatThrownBy(() -> connection.gateway().submit(market(Side.BUY, 1)))
                .isInstanceOf(BrokerUnavailableException.class)
                .isNotInstanceOf(OrderRejectedException.class)
                .hasMessageContaining("40003")
                .hasMessageContaining("renew ALGO_TRADING_TINVEST_TOKEN")
                .hasMessageNotContaining("t.wrong");
        fake.violations.clear();
    }

    @Test
    void keepsTheTokenOutOfTheSettingsText() {
        assertThat(fake.settings().toString()).doesNotContain(fake.token).contains("token=(hidden)");
    }
}
