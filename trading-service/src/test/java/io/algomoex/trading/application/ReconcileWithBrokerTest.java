package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.event.OrderCancelled;
import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.OrderSubmitted;
import io.algomoex.common.event.PositionChanged;
import io.algomoex.common.event.ServiceErrorOccurred;
import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.adapter.out.broker.paper.InMemoryPaperAccount;
import io.algomoex.trading.adapter.out.broker.paper.PaperBrokerGateway;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import io.algomoex.trading.domain.Reconciliation;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each decision reconciliation on start takes, with the paper broker over an in-memory account and in-memory books. */
class ReconcileWithBrokerTest {

    private static final Instrument SBER = new Instrument("SBER", "TQBR");
    private static final Instant SIGNAL = Instant.parse("2026-01-05T07:00:00Z");
    private static final Instant NEXT = SIGNAL.plus(Duration.ofHours(1));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:30:00Z"), ZoneOffset.UTC);
    private static final StrategyDefinition STRATEGY = new StrategyDefinition(
            "sber-sma", SBER, Timeframe.H1, "sma-cross", Map.of(), Quantity.ofLots(2), 10, "paper");

    private final InMemoryOrderStore orders = new InMemoryOrderStore();
    private final InMemoryPositionStore positions = new InMemoryPositionStore();
    private final InMemoryCandleProgressStore progress = new InMemoryCandleProgressStore();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final InMemoryHaltStore halts = new InMemoryHaltStore();
    private final InMemoryPaperAccount account = new InMemoryPaperAccount();
    private final PaperBrokerGateway gateway = new PaperBrokerGateway(new BigDecimal("0.0005"), account, CLOCK);
    private final ReconcileWithBroker reconciliation = LiveLoopFixture.reconcile(
            new TradingSettings(TradingMode.PAPER, List.of(STRATEGY)),
            new AccountSettings(new BigDecimal("100000")),
            gateway,
            new TradingBooks(orders, positions, progress, outbox, new DirectTransactions()),
            halts,
            new RecordingMetrics(),
            CLOCK);

    private Order stored(String id, OrderState state) {
        Order order = Order.intent(id, STRATEGY.id(), SBER, Side.BUY, 2, 20, SIGNAL, SIGNAL);
        orders.create(order, SIGNAL);
        if (state == OrderState.SUBMITTED) {
            order = order.submitted();
            orders.update(order, SIGNAL);
        }
        return order;
    }

    private void sendToBroker(String id) {
        gateway.submit(new OrderRequest(id, STRATEGY.id(), SBER, Timeframe.H1, Side.BUY, 2, 20));
    }

    private static Execution fill(String id, long units, String price) {
        BigDecimal value = new BigDecimal(price);
        return new Execution(
                id,
                Side.BUY,
                units,
                value,
                value.multiply(BigDecimal.valueOf(units)).multiply(new BigDecimal("0.0005")),
                NEXT);
    }

    private Order order(String id) {
        return orders.find(id).orElseThrow();
    }

    @Test
    void sendsANewOrderTheBrokerNeverReceivedWhileItsSignalCandleIsStillTheLast() {
        stored("a", OrderState.NEW);
        progress.record(STRATEGY.id(), SIGNAL);

        Reconciliation outcome = reconciliation.reconcile();

        assertThat(outcome.summary()).isEqualTo("OK");
        assertThat(order("a").state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(account.orders()).containsOnlyKeys("a");
        assertThat(outbox.appended(OrderSubmitted.class)).hasSize(1);

        reconciliation.reconcile();
        assertThat(outbox.appended(OrderSubmitted.class)).hasSize(1);
        assertThat(account.orders()).hasSize(1);
    }

    @Test
    void cancelsANeverSentOrderAsStaleOnceALaterCandleWasActedOn() {
        stored("a", OrderState.NEW);
        progress.record(STRATEGY.id(), NEXT);

        Reconciliation outcome = reconciliation.reconcile();

        assertThat(outcome.agrees()).isTrue();
        assertThat(outcome.actions()).singleElement().asString().contains("cancelled");
        assertThat(order("a").state()).isEqualTo(OrderState.CANCELLED);
        assertThat(order("a").reason()).isEqualTo("not sent before restart");
        assertThat(account.orders()).isEmpty();
        assertThat(outbox.appended(OrderCancelled.class))
                .singleElement()
                .extracting(OrderCancelled::reason)
                .isEqualTo("not sent before restart");
        assertThat(halts.haltedScopes()).isEmpty();
    }

    @Test
    void cancelsANeverSentOrderInsteadOfSendingItWhileItsStrategyIsHalted() {
        stored("a", OrderState.NEW);
        progress.record(STRATEGY.id(), SIGNAL);
        halts.halt(STRATEGY.id(), "halted by rest", SIGNAL);

        reconciliation.reconcile();

        assertThat(order("a").state()).isEqualTo(OrderState.CANCELLED);
        assertThat(account.orders()).isEmpty();
    }

    @Test
    void adoptsANewOrderTheBrokerAcceptedButWeNeverRecordedAsSubmitted() {
        stored("a", OrderState.NEW);
        sendToBroker("a");

        reconciliation.reconcile();

        assertThat(order("a").state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(orders.statesOf("a")).containsExactly(OrderState.NEW, OrderState.SUBMITTED);
        assertThat(outbox.appended(OrderSubmitted.class)).hasSize(1);
        assertThat(account.orders()).hasSize(1);
    }

    @Test
    void booksFillsTheBrokerReportedButWeNeverBookedExactlyOnce() {
        stored("a", OrderState.SUBMITTED);
        sendToBroker("a");
        // The broker filled it and reported the fill; the service died before booking it.
        gateway.executionsUpTo(LiveLoopFixture.candle(NEXT, "250", "251", "249", "250"));

        Reconciliation first = reconciliation.reconcile();
        Reconciliation second = reconciliation.reconcile();

        assertThat(first.agrees()).isTrue();
        assertThat(second.agrees()).isTrue();
        assertThat(order("a").state()).isEqualTo(OrderState.FILLED);
        assertThat(order("a").fillPrice()).isEqualByComparingTo("250");
        assertThat(order("a").commission()).isEqualByComparingTo("2.5");
        assertThat(positions.find(STRATEGY.id()))
                .get()
                .extracting(Position::units)
                .isEqualTo(20L);
        assertThat(outbox.appended(OrderFilled.class)).hasSize(1);
        assertThat(outbox.appended(PositionChanged.class)).hasSize(1);
    }

    @Test
    void adoptsAPartialFillAndTheNextCandleFillsTheRestAtTheAverageOfBoth() {
        stored("a", OrderState.SUBMITTED);
        sendToBroker("a");
        account.fill(fill("a", 10, "250"));

        reconciliation.reconcile();

        Order partly = order("a");
        assertThat(partly.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
        assertThat(partly.filledUnits()).isEqualTo(10);
        assertThat(partly.fillPrice()).isEqualByComparingTo("250");
        assertThat(positions.find(STRATEGY.id()))
                .get()
                .extracting(Position::units)
                .isEqualTo(10L);

        BookExecutions booking = new BookExecutions(
                new TradingBooks(orders, positions, progress, outbox, new DirectTransactions()),
                new RecordingMetrics(),
                new AccountSettings(new BigDecimal("100000")));
        gateway.executionsUpTo(LiveLoopFixture.candle(NEXT.plus(Duration.ofHours(1)), "260", "260", "260", "260"))
                .forEach(execution -> booking.book(execution, STRATEGY, NEXT));

        Order filled = order("a");
        assertThat(filled.state()).isEqualTo(OrderState.FILLED);
        assertThat(filled.filledUnits()).isEqualTo(20);
        assertThat(filled.fillPrice()).isEqualByComparingTo("255");
        assertThat(filled.commission()).isEqualByComparingTo("2.55");
        assertThat(orders.statesOf("a"))
                .containsExactly(OrderState.NEW, OrderState.SUBMITTED, OrderState.PARTIALLY_FILLED, OrderState.FILLED);
        assertThat(outbox.appended(OrderFilled.class)).hasSize(2);
        assertThat(reconciliation.reconcile().summary()).isEqualTo("OK");
    }

    @Test
    void takesOverACancellationAtTheBrokerKeepingItsFills() {
        stored("a", OrderState.SUBMITTED);
        sendToBroker("a");
        account.fill(fill("a", 10, "250"));
        gateway.cancel("a");

        reconciliation.reconcile();

        assertThat(order("a").state()).isEqualTo(OrderState.CANCELLED);
        assertThat(order("a").filledUnits()).isEqualTo(10);
        assertThat(order("a").reason()).isEqualTo("cancelled at the client's request");
        assertThat(positions.find(STRATEGY.id()))
                .get()
                .extracting(Position::units)
                .isEqualTo(10L);
        assertThat(halts.haltedScopes()).isEmpty();
    }

    @Test
    void haltsTheAccountWhenTheBrokerLostAnOrderWeRecordedAsSubmitted() {
        stored("a", OrderState.SUBMITTED);

        Reconciliation outcome = reconciliation.reconcile();

        assertThat(outcome.summary()).startsWith("MISMATCH: order a is SUBMITTED in our books but unknown");
        assertThat(order("a").state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(halts.haltedScopes()).containsOnlyKeys(HaltStore.ACCOUNT);
        assertThat(outbox.appended(TradingHalted.class)).hasSize(1);
        assertThat(outbox.appended(ServiceErrorOccurred.class)).singleElement().satisfies(error -> {
            assertThat(error.component()).isEqualTo("reconciliation");
            assertThat(error.message()).contains("order a");
        });
        assertThat(reconciliation.last()).contains(outcome);
    }

    @Test
    void haltsTheAccountWhenAPositionDiffersFromTheBrokersAndOnceOnly() {
        positions.save(
                Position.flat(STRATEGY.id(), SBER, new BigDecimal("100000")).apply(fill("x", 20, "250")));

        Reconciliation outcome = reconciliation.reconcile();
        reconciliation.reconcile();

        assertThat(outcome.mismatches())
                .containsExactly("SBER/TQBR position is 20 units in our books but 0 at the broker");
        assertThat(halts.haltedScopes().get(HaltStore.ACCOUNT)).startsWith("reconciliation mismatch: SBER/TQBR");
        assertThat(outbox.appended(TradingHalted.class)).hasSize(1);
        assertThat(outbox.appended(ServiceErrorOccurred.class)).hasSize(2);
    }

    @Test
    void agreesWithoutAnEventWhenBooksAndBrokerMatch() {
        stored("a", OrderState.SUBMITTED);
        sendToBroker("a");
        account.fill(fill("a", 20, "250"));
        positions.save(
                Position.flat(STRATEGY.id(), SBER, new BigDecimal("100000")).apply(fill("a", 20, "250")));
        orders.update(order("a").fill(fill("a", 20, "250")), NEXT);

        Reconciliation outcome = reconciliation.reconcile();

        assertThat(outcome.summary()).isEqualTo("OK");
        assertThat(outcome.actions()).isEmpty();
        assertThat(outbox.appended()).isEmpty();
        assertThat(outcome.at()).isEqualTo(CLOCK.instant());
    }

    @Test
    void leavesOrdersOfStrategiesNoLongerConfiguredAlone() {
        orders.create(Order.intent("b", "retired", SBER, Side.BUY, 1, 10, SIGNAL, SIGNAL), SIGNAL);

        Reconciliation outcome = reconciliation.reconcile();

        assertThat(outcome.agrees()).isTrue();
        assertThat(order("b").state()).isEqualTo(OrderState.NEW);
        assertThat(account.orders()).isEmpty();
    }

    @Test
    void takesOverABrokerRejection() {
        stored("a", OrderState.NEW);
        sendToBroker("a");
        PaperBrokerGateway rejecting = new PaperBrokerGateway(new BigDecimal("0.0005"), account, CLOCK) {
            @Override
            public Optional<BrokerOrder> order(String clientOrderId) {
                return Optional.of(new BrokerOrder(clientOrderId, OrderState.REJECTED, 0, "not enough cash"));
            }
        };

        Reconciliation outcome = reconciliationWith(rejecting).reconcile();

        assertThat(outcome.agrees()).isTrue();
        assertThat(order("a").state()).isEqualTo(OrderState.REJECTED);
        assertThat(order("a").reason()).isEqualTo("not enough cash");
        assertThat(outbox.appended(OrderSubmitted.class)).isEmpty();
        assertThat(outbox.appended(OrderRejected.class))
                .singleElement()
                .extracting(OrderRejected::reason)
                .isEqualTo("not enough cash");
    }

    @Test
    void haltsTheAccountWhenTheBrokerCannotBeReached() {
        stored("a", OrderState.SUBMITTED);
        PaperBrokerGateway unreachable = new PaperBrokerGateway(new BigDecimal("0.0005"), account, CLOCK) {
            @Override
            public Optional<BrokerOrder> order(String clientOrderId) {
                throw new BrokerUnavailableException("connection refused", null);
            }
        };

        Reconciliation outcome = reconciliationWith(unreachable).reconcile();

        assertThat(outcome.summary()).isEqualTo("MISMATCH: the broker could not be reached: connection refused");
        assertThat(order("a").state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(halts.haltedScopes()).containsOnlyKeys(HaltStore.ACCOUNT);
        assertThat(outbox.appended(ServiceErrorOccurred.class)).hasSize(1);
    }

    /** The paper gateway, unreachable while {@code down} is set, as a broker behind a dropped connection is. */
    private static final class FlakyGateway extends PaperBrokerGateway {

        private boolean down;

        FlakyGateway(InMemoryPaperAccount account) {
            super(new BigDecimal("0.0005"), account, CLOCK);
        }

        @Override
        public synchronized BrokerOrder submit(OrderRequest request) {
            if (down) {
                throw new BrokerUnavailableException("connection reset", null);
            }
            return super.submit(request);
        }

        @Override
        public synchronized Optional<BrokerOrder> order(String clientOrderId) {
            if (down) {
                throw new BrokerUnavailableException("connection reset", null);
            }
            return super.order(clientOrderId);
        }
    }

    @Test
    void whileRunningSendsAnOrderLeftNewOnceTheBrokerIsBackAndItsCandleIsStillTheLast() {
        FlakyGateway flaky = new FlakyGateway(account);
        ReconcileWithBroker running = reconciliationWith(flaky);
        stored("a", OrderState.NEW);
        progress.record(STRATEGY.id(), SIGNAL);
        flaky.down = true;

        assertThat(running.retryUnsent()).isZero();
        assertThat(order("a").state()).isEqualTo(OrderState.NEW);
        assertThat(halts.haltedScopes()).isEmpty();
        assertThat(outbox.appended(ServiceErrorOccurred.class)).isEmpty();

        flaky.down = false;
        assertThat(running.retryUnsent()).isEqualTo(1);
        assertThat(order("a").state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(account.orders()).containsOnlyKeys("a");
        assertThat(outbox.appended(OrderSubmitted.class)).hasSize(1);

        assertThat(running.retryUnsent()).isZero();
        assertThat(account.orders()).hasSize(1);
        assertThat(outbox.appended(OrderSubmitted.class)).hasSize(1);
    }

    @Test
    void whileRunningCancelsAnOrderLeftNewOnceALaterCandleWasActedOn() {
        stored("a", OrderState.NEW);
        progress.record(STRATEGY.id(), NEXT);

        assertThat(reconciliation.retryUnsent()).isEqualTo(1);

        assertThat(order("a").state()).isEqualTo(OrderState.CANCELLED);
        assertThat(order("a").reason()).isEqualTo(ReconcileWithBroker.NOT_SENT_IN_TIME);
        assertThat(account.orders()).isEmpty();
        assertThat(outbox.appended(OrderCancelled.class))
                .singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo(ReconcileWithBroker.NOT_SENT_IN_TIME));
        assertThat(halts.haltedScopes()).isEmpty();
    }

    @Test
    void whileRunningAdoptsAnOrderLeftNewThatTheBrokerDidReceiveWithoutSendingItAgain() {
        stored("a", OrderState.NEW);
        sendToBroker("a");
        progress.record(STRATEGY.id(), SIGNAL);

        assertThat(reconciliation.retryUnsent()).isEqualTo(1);

        assertThat(order("a").state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(account.orders()).hasSize(1);
        assertThat(outbox.appended(OrderSubmitted.class)).hasSize(1);
    }

    @Test
    void whileRunningLeavesSubmittedOrdersAndOtherStrategiesOrdersAlone() {
        stored("a", OrderState.SUBMITTED);
        orders.create(Order.intent("b", "gone-strategy", SBER, Side.BUY, 1, 10, SIGNAL, SIGNAL), SIGNAL);
        progress.record(STRATEGY.id(), NEXT);

        assertThat(reconciliation.retryUnsent()).isZero();

        assertThat(order("a").state()).isEqualTo(OrderState.SUBMITTED);
        assertThat(order("b").state()).isEqualTo(OrderState.NEW);
        assertThat(outbox.appended(OrderRejected.class)).isEmpty();
    }

    private ReconcileWithBroker reconciliationWith(BrokerGateway broker) {
        return LiveLoopFixture.reconcile(
                new TradingSettings(TradingMode.PAPER, List.of(STRATEGY)),
                new AccountSettings(new BigDecimal("100000")),
                broker,
                new TradingBooks(orders, positions, progress, outbox, new DirectTransactions()),
                halts,
                new RecordingMetrics(),
                CLOCK);
    }
}
