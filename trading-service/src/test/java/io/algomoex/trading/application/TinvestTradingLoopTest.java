package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.OrderSubmitted;
import io.algomoex.common.market.Candle;
import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.adapter.out.broker.tinvest.FakeTinvest;
import io.algomoex.trading.adapter.out.broker.tinvest.FakeTinvestSocket;
import io.algomoex.trading.adapter.out.broker.tinvest.TinvestConnection;
import io.algomoex.trading.application.TakeStreamedCandlesTest.InMemoryCandleStore;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Reconciliation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live loop trading through the real T-Invest gateway and candle stream against the loopback fake T-Invest in
 * the sandbox: the same use cases, send policy and fill follower that run in sandbox and live mode.
 */
class TinvestTradingLoopTest {

    static final Instant START = AlorTradingLoopTest.START;
    static final BigDecimal RATE = new BigDecimal("0.0005");

    private final MutableClock clock = new MutableClock(START);
    private final FakeTinvest fake = new FakeTinvest(clock);
    private final List<TinvestConnection> connections = new ArrayList<>();
    private final SendSettings send =
            new SendSettings(Duration.ofMillis(300), Duration.ofMillis(50), Duration.ofMillis(200));
    private final LiveLoopFixture live;
    private final FollowBrokerOrders follow;

    TinvestTradingLoopTest() {
        live = fixture(send);
        follow = LiveLoopFixture.follow(
                live.settings(),
                new AccountSettings(new BigDecimal("1000000")),
                live.gateway,
                live.books(),
                live.metrics,
                clock);
    }

    @AfterEach
    void close() {
        connections.forEach(TinvestConnection::close);
        fake.close();
    }

    private TinvestConnection connect() {
        TinvestConnection tinvest =
                new TinvestConnection(fake.settings(), new BrokerMeters(new SimpleMeterRegistry(), "tinvest"), clock);
        connections.add(tinvest);
        return tinvest;
    }

    /** The T-Invest gateway behind the send policy; waiting advances the test clock instead of sleeping. */
    private RetryingBrokerGateway gateway(SendSettings settings) {
        return new RetryingBrokerGateway(connect().gateway(), settings, clock::advance, clock);
    }

    private LiveLoopFixture fixture(SendSettings settings) {
        return new LiveLoopFixture(2, 3, 1, 10, gateway(settings), new BigDecimal("1000000"), "tinvest", true)
                .withPnlUpdates(Duration.ZERO, clock);
    }

    private static FakeTinvestSocket.Bar bar(Candle candle) {
        return new FakeTinvestSocket.Bar(
                candle.begin(),
                candle.open().value(),
                candle.high().value(),
                candle.low().value(),
                candle.close().value(),
                candle.volume() / 10);
    }

    @Test
    void inTheSandboxAnAccountIsOpenedAndFundedThenStreamedCandlesBecomeAnOrderWhoseFillReachesThePosition() {
        TinvestConnection streaming = connect();
        InMemoryCandleStore stored = new InMemoryCandleStore();
        TakeStreamedCandles take = new TakeStreamedCandles(
                live.settings(), List.of(streaming.stream()), live.loop, stored, live.feed, live.books());
        live.loop.warmUp();
        take.start();
        await().until(fake.socket::subscribed);
        List<Candle> candles = AlorTradingLoopTest.crossingUp();

        candles.subList(0, 5).forEach(candle -> {
            clock.advance(Duration.ofHours(1));
            fake.socket.push(bar(candle));
        });
        await().until(() -> fake.orderCount() == 1 && stored.stored.size() == 5);
        fake.fillWorking(new BigDecimal("12.5"), RATE, candles.get(5).begin());
        assertThat(follow.follow()).isEqualTo(1);

        Order order = live.orders.all().getFirst();
        assertThat(fake.accounts()).hasSize(1);
        assertThat(fake.paidIn()).isEqualByComparingTo("1000000");
        assertThat(order.state()).isEqualTo(OrderState.FILLED);
        assertThat(order.fillPrice()).isEqualByComparingTo("12.5");
        assertThat(live.positions.find("sber-sma").orElseThrow().units()).isEqualTo(10);
        assertThat(fake.positionUnits()).isEqualTo(10);
        assertThat(live.outbox.appended(OrderSubmitted.class)).hasSize(1);
        assertThat(live.outbox.appended(OrderFilled.class))
                .singleElement()
                .satisfies(filled -> assertThat(filled.commission()).isEqualByComparingTo("0.0625"));
        assertThat(live.outbox.appended(CandleClosed.class)).hasSize(5);
        assertThat(fake.order(order.clientOrderId())).isNotNull();
        assertThat(fake.violations).isEmpty();
        take.stop();
    }

    @Test
    void aMarketOrderThatTinvestFillsAtOnceIsBookedFromItsStagesByTheFollower() {
        fake.fillOnPost(new BigDecimal("12.5"));

        AlorTradingLoopTest.crossingUp().subList(0, 5).forEach(live.loop::handleStreamed);
        assertThat(follow.follow()).isEqualTo(1);

        Order order = live.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.FILLED);
        assertThat(order.fillPrice()).isEqualByComparingTo("12.5");
        assertThat(live.positions.find("sber-sma").orElseThrow().units()).isEqualTo(10);
        assertThat(live.outbox.appended(OrderFilled.class))
                .singleElement()
                .satisfies(filled -> assertThat(filled.commission()).isEqualByComparingTo("0.0625"));
        assertThat(fake.orderPosts).hasSize(1);
    }

    @Test
    void aSendThatTimesOutAfterTinvestAcceptedIsLookedUpByRequestIdAsOneOrder() {
        fake.trouble(FakeTinvest.Trouble.ACCEPT_THEN_HANG);

        AlorTradingLoopTest.crossingUp().subList(0, 5).forEach(live.loop::handleStreamed);

        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(fake.orderPosts).hasSize(1);
        assertThat(fake.calls).endsWith("OrdersService/GetOrderState");
        assertThat(live.orders.all())
                .singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(OrderState.SUBMITTED));
        assertThat(fake.violations).isEmpty();
    }

    @Test
    void a429WaitsForTheResetAndThenTheOrderGoesThrough() {
        LiveLoopFixture patient =
                fixture(new SendSettings(Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofMillis(200)));
        fake.trouble(FakeTinvest.Trouble.RATE_LIMITED);
        Instant before = clock.instant();

        AlorTradingLoopTest.crossingUp().subList(0, 5).forEach(patient.loop::handleStreamed);

        assertThat(patient.orders.all().getFirst().state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "error-not-tradable.json, T-Invest 30079: Instrument is not available for trading",
        "error-not-enough-assets.json, T-Invest 30042: Not enough assets for a margin trade"
    })
    void aFinalRefusalIsStoredRejectedWithTinvestsReasonAndAnnounced(String fixture, String reason) {
        fake.rejectNext(fixture);

        AlorTradingLoopTest.crossingUp().subList(0, 5).forEach(live.loop::handleStreamed);

        Order order = live.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(live.outbox.appended(OrderRejected.class))
                .singleElement()
                .satisfies(rejected -> assertThat(rejected.reason()).isEqualTo(reason));
        assertThat(fake.orderPosts).hasSize(1);
    }

    @Test
    void malformedJsonLeavesTheOrderNewAndTheBooksUnchangedUntilItIsSettledAsOneOrder() {
        LiveLoopFixture once = fixture(SendSettings.once());
        fake.trouble(FakeTinvest.Trouble.ACCEPT_THEN_MALFORMED);

        AlorTradingLoopTest.crossingUp().subList(0, 5).forEach(once.loop::handleStreamed);

        Order order = once.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.NEW);
        assertThat(once.outbox.appended(OrderSubmitted.class)).isEmpty();
        assertThat(once.outbox.appended(OrderRejected.class)).isEmpty();
        assertThat(once.metrics.gatewayFailures).isEqualTo(1);

        reconciliation(once, once.gateway).retryUnsent();
        assertThat(once.orders.find(order.clientOrderId()).orElseThrow().state())
                .isEqualTo(OrderState.SUBMITTED);
        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(fake.orderPosts).hasSize(1);
    }

    @Test
    void aRestartWithAnOrderInFlightFindsItAtTinvestAndBooksItsFillOnce() {
        LiveLoopFixture crashing = fixture(SendSettings.once());
        // T-Invest accepts the order but the answer never arrives before the service dies: NEW in our books.
        fake.trouble(FakeTinvest.Trouble.ACCEPT_THEN_HANG);
        List<Candle> candles = AlorTradingLoopTest.crossingUp();
        candles.subList(0, 5).forEach(crashing.loop::handleStreamed);
        String id = crashing.orders.all().getFirst().clientOrderId();
        assertThat(crashing.orders.find(id).orElseThrow().state()).isEqualTo(OrderState.NEW);
        fake.fillWorking(new BigDecimal("12.5"), RATE, candles.get(5).begin());

        // A new process: a new connection that knows no account, instrument or order, over the same books.
        Reconciliation outcome = reconciliation(crashing, gateway(send)).reconcile();

        assertThat(outcome.agrees()).as(outcome.mismatches().toString()).isTrue();
        assertThat(crashing.orders.find(id).orElseThrow().state()).isEqualTo(OrderState.FILLED);
        assertThat(crashing.positions.find("sber-sma").orElseThrow().units()).isEqualTo(10);
        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(fake.accounts()).hasSize(1);
    }

    private ReconcileWithBroker reconciliation(LiveLoopFixture fixture, BrokerGateway gateway) {
        return LiveLoopFixture.reconcile(
                fixture.settings(),
                new AccountSettings(new BigDecimal("1000000")),
                gateway,
                fixture.books(),
                fixture.halts,
                fixture.metrics,
                clock);
    }
}
