package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.OrderSubmitted;
import io.algomoex.common.market.Candle;
import io.algomoex.trading.adapter.out.broker.alor.AlorConnection;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlor;
import io.algomoex.trading.adapter.out.broker.alor.FakeAlorSocket;
import io.algomoex.trading.application.TakeStreamedCandlesTest.InMemoryCandleStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Reconciliation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live loop trading through the real Alor gateway and bar stream against the loopback fake Alor: the same use
 * cases, send policy and fill follower that run in sandbox and live mode.
 */
class AlorTradingLoopTest {

    static final Instant START = Instant.parse("2026-01-05T07:00:00Z");
    static final BigDecimal RATE = new BigDecimal("0.0005");

    private final AlorLoopFixture alor = new AlorLoopFixture(START);
    private final MutableClock clock = alor.clock;
    private final FakeAlor fake = alor.fake;
    private final SendSettings send =
            new SendSettings(Duration.ofMillis(300), Duration.ofMillis(50), Duration.ofMillis(200));
    private final LiveLoopFixture live = alor.loop(2, 3, 1, 10, send);
    private final FollowBrokerOrders follow = alor.follower(live);

    @AfterEach
    void close() {
        alor.close();
    }

    /** fast 2 / slow 3 crosses up on the fifth candle; the sixth opens at 12.5. */
    static List<Candle> crossingUp() {
        String[] closes = {"10", "10", "9", "9", "12", "12"};
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            String open = i == 5 ? "12.5" : closes[i];
            candles.add(LiveLoopFixture.candle(START.plus(Duration.ofHours(i)), open, "13", "8", closes[i]));
        }
        return candles;
    }

    private static FakeAlorSocket.Bar bar(Candle candle) {
        return new FakeAlorSocket.Bar(
                candle.begin().getEpochSecond(),
                candle.open().value(),
                candle.high().value(),
                candle.low().value(),
                candle.close().value(),
                candle.volume());
    }

    @Test
    void barsFromTheStreamBecomeAnOrderAtAlorWhoseFillReachesThePosition() {
        AlorConnection streaming = alor.connect();
        InMemoryCandleStore stored = new InMemoryCandleStore();
        TakeStreamedCandles take = new TakeStreamedCandles(
                live.settings(), List.of(streaming.stream()), live.loop, stored, live.feed, live.books());
        live.loop.warmUp();
        take.start();
        await().until(fake.socket::connected);
        List<Candle> candles = crossingUp();

        candles.subList(0, 6).forEach(candle -> fake.socket.push(bar(candle)));
        await().until(() -> fake.orderCount() == 1 && stored.stored.size() == 5);
        // Half an hour later the first token has expired; the fill is read with a refreshed one.
        clock.advance(Duration.ofMinutes(31));
        fake.fillWorking(new BigDecimal("12.5"), RATE, candles.get(5).begin());
        assertThat(follow.follow()).isEqualTo(1);

        Order order = live.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.FILLED);
        assertThat(order.fillPrice()).isEqualByComparingTo("12.5");
        assertThat(live.positions.find("sber-sma").orElseThrow().units()).isEqualTo(10);
        assertThat(live.outbox.appended(OrderSubmitted.class)).hasSize(1);
        assertThat(live.outbox.appended(OrderFilled.class))
                .singleElement()
                .satisfies(filled -> assertThat(filled.commission()).isEqualByComparingTo("0.0625"));
        assertThat(live.outbox.appended(CandleClosed.class)).hasSize(5);
        assertThat(fake.orders().getFirst().path("comment").asString()).isEqualTo(order.clientOrderId());
        assertThat(fake.refreshes()).isGreaterThanOrEqualTo(2);
        assertThat(fake.violations).isEmpty();
        take.stop();
    }

    @Test
    void aSendThatTimesOutAfterAlorAcceptedIsResolvedByLookupAsOneOrder() {
        fake.trouble(
                FakeAlor.Trouble.ACCEPT_THEN_HANG,
                FakeAlor.Trouble.ACCEPT_THEN_HANG,
                FakeAlor.Trouble.ACCEPT_THEN_HANG,
                FakeAlor.Trouble.ACCEPT_THEN_HANG);

        crossingUp().subList(0, 5).forEach(live.loop::handleStreamed);

        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(fake.orderRequests.size()).isGreaterThan(1);
        assertThat(fake.orderRequests)
                .allMatch(r -> r.getHeaders()
                        .get("X-REQID")
                        .equals(live.orders.all().getFirst().clientOrderId()));
        assertThat(live.orders.all())
                .singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(OrderState.SUBMITTED));
    }

    @Test
    void aTimeoutThenARetryWithTheSameClientIdGivesOneOrderThroughTheOldResponse() {
        fake.trouble(FakeAlor.Trouble.ACCEPT_THEN_HANG);

        crossingUp().subList(0, 5).forEach(live.loop::handleStreamed);

        assertThat(fake.orderRequests).hasSize(2);
        assertThat(fake.orderCount()).isEqualTo(1);
        assertThat(live.orders.all().getFirst().state()).isEqualTo(OrderState.SUBMITTED);
    }

    @Test
    void a429WaitsAndThenTheOrderGoesThrough() {
        LiveLoopFixture patient = alor.loop(
                2, 3, 1, 10, new SendSettings(Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofMillis(200)));
        fake.trouble(FakeAlor.Trouble.RATE_LIMITED);
        Instant before = clock.instant();

        crossingUp().subList(0, 5).forEach(patient.loop::handleStreamed);

        assertThat(patient.orders.all().getFirst().state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void aFinalRejectionIsStoredRejectedWithAlorsReasonAndAnnounced() {
        fake.rejectNext("Недостаточно средств для выставления заявки");

        crossingUp().subList(0, 5).forEach(live.loop::handleStreamed);

        Order order = live.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.REJECTED);
        assertThat(live.outbox.appended(OrderRejected.class))
                .singleElement()
                .satisfies(rejected ->
                        assertThat(rejected.reason()).isEqualTo("Alor: Недостаточно средств для выставления заявки"));
        assertThat(fake.orderRequests).hasSize(1);
    }

    @Test
    void anHtmlPageOrBrokenJsonLeavesTheOrderNewAndTheBooksUnchangedUntilItIsSettled() {
        fake.trouble(
                FakeAlor.Trouble.HTML_PAGE,
                FakeAlor.Trouble.MALFORMED_JSON,
                FakeAlor.Trouble.HTML_PAGE,
                FakeAlor.Trouble.HTML_PAGE);

        crossingUp().subList(0, 5).forEach(live.loop::handleStreamed);

        Order order = live.orders.all().getFirst();
        assertThat(order.state()).isEqualTo(OrderState.NEW);
        assertThat(live.outbox.appended(OrderSubmitted.class)).isEmpty();
        assertThat(live.outbox.appended(OrderRejected.class)).isEmpty();
        assertThat(live.metrics.gatewayFailures).isEqualTo(1);
        assertThat(fake.orderCount()).isZero();

        // The unsent-order retry looks it up, finds nothing, and sends it: one order.
        alor.reconciliation(live, live.gateway).retryUnsent();
        assertThat(live.orders.find(order.clientOrderId()).orElseThrow().state())
                .isEqualTo(OrderState.SUBMITTED);
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void aRestartWithAnOrderInFlightFindsItAtAlorAndBooksItsFillOnce() {
        LiveLoopFixture crashing = alor.loop(2, 3, 1, 10, SendSettings.once());
        // Alor accepts the order but the answer never arrives before the service dies: NEW in our books.
        fake.trouble(FakeAlor.Trouble.ACCEPT_THEN_HANG);
        List<Candle> candles = crossingUp();
        candles.subList(0, 5).forEach(crashing.loop::handleStreamed);
        String id = crashing.orders.all().getFirst().clientOrderId();
        assertThat(crashing.orders.find(id).orElseThrow().state()).isEqualTo(OrderState.NEW);
        fake.fillWorking(new BigDecimal("12.5"), RATE, candles.get(5).begin());

        // A new process: a new connection that knows no order numbers, over the same books.
        Reconciliation outcome = reconcileAfterRestart(crashing);

        assertThat(outcome.agrees()).as(outcome.mismatches().toString()).isTrue();
        assertThat(crashing.orders.find(id).orElseThrow().state()).isEqualTo(OrderState.FILLED);
        assertThat(crashing.positions.find("sber-sma").orElseThrow().units()).isEqualTo(10);
        assertThat(fake.orderCount()).isEqualTo(1);
    }

    @Test
    void aRestartOnTheNextDayFindsTheFillOfTheOrderInFlightInTheHistoryAndDoesNotSendItAgain() {
        LiveLoopFixture crashing = alor.loop(2, 3, 1, 10, SendSettings.once());
        fake.trouble(FakeAlor.Trouble.ACCEPT_THEN_HANG);
        List<Candle> candles = crossingUp();
        candles.subList(0, 5).forEach(crashing.loop::handleStreamed);
        String id = crashing.orders.all().getFirst().clientOrderId();
        fake.fillWorking(new BigDecimal("12.5"), RATE, candles.get(5).begin());
        // The service stays down over night: Alor's current lists forget the order and its trade.
        fake.endTradingDay();
        clock.advance(Duration.ofDays(1));

        Reconciliation outcome = reconcileAfterRestart(crashing);

        assertThat(outcome.agrees()).as(outcome.mismatches().toString()).isTrue();
        assertThat(crashing.orders.find(id).orElseThrow().state()).isEqualTo(OrderState.FILLED);
        assertThat(crashing.positions.find("sber-sma").orElseThrow().units()).isEqualTo(10);
        assertThat(fake.orderRequests).hasSize(1);
    }

    @Test
    void aRestartOnTheNextDayHaltsInsteadOfResendingAnOrderAlorLeftNoTraceOf() {
        LiveLoopFixture crashing = alor.loop(2, 3, 1, 10, SendSettings.once());
        fake.trouble(FakeAlor.Trouble.ACCEPT_THEN_HANG);
        crossingUp().subList(0, 5).forEach(crashing.loop::handleStreamed);
        String id = crashing.orders.all().getFirst().clientOrderId();
        // Accepted, never filled, expired at the end of the day: nothing at Alor says it was ever received.
        fake.endTradingDay();
        clock.advance(Duration.ofDays(1));

        Reconciliation outcome = reconcileAfterRestart(crashing);

        assertThat(outcome.mismatches())
                .singleElement()
                .asString()
                .contains("order " + id + " is NEW in our books, not sent again")
                .contains("cannot tell whether it ever received it");
        assertThat(crashing.halts.haltReason("sber-sma")).isPresent();
        assertThat(crashing.orders.find(id).orElseThrow().state()).isEqualTo(OrderState.NEW);
        assertThat(fake.orderRequests).hasSize(1);
    }

    /** A new process: a new connection that knows no order numbers, over the same books. */
    private Reconciliation reconcileAfterRestart(LiveLoopFixture crashing) {
        return alor.reconciliation(crashing, alor.gateway(send)).reconcile();
    }
}
