package io.algomoex.trading.application;

import io.algomoex.common.event.ServiceErrorOccurred;
import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.market.Instrument;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.application.port.OrderFateUnknownException;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Reconciliation;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reconciles our books with the broker on start, before any strategy trades; a restart is treated like a crash.
 *
 * <p>Every order of a configured strategy that is not final is looked up at the broker by its client order id. A NEW
 * order the broker never received is sent now when no later candle of its strategy was acted on yet (the market has
 * not moved past its signal) and its strategy is not halted, and otherwise cancelled as {@value #NOT_SENT}. An order the broker knows takes the
 * broker's state, its unbooked fills booked once each. Then the units of every instrument in our positions are
 * compared with the broker's. A difference that cannot be explained (a lost order, fills that do not add up, a
 * position that differs) halts the whole account and publishes {@code service.error} and {@code trading.halted}.
 */
@Service
public class ReconcileWithBroker {

    /** How the reason of a halt that reconciliation imposed begins. */
    public static final String MISMATCH_HALT = "reconciliation mismatch: ";

    static final String NOT_SENT = "not sent before restart";
    static final String NOT_SENT_IN_TIME = "not sent: the broker could not be reached before its signal candle passed";
    private static final String SERVICE = "trading-service";
    private static final String COMPONENT = "reconciliation";
    private static final List<OrderState> OPEN =
            List.of(OrderState.NEW, OrderState.SUBMITTED, OrderState.PARTIALLY_FILLED);
    private static final Logger log = LoggerFactory.getLogger(ReconcileWithBroker.class);

    private final Map<String, StrategyDefinition> strategies;
    private final BrokerGateway gateway;
    private final TradingBooks books;
    private final HaltStore halts;
    private final Clock clock;
    private final PlaceOrder placeOrder;
    private final AdoptBrokerOrder adopt;
    private volatile Reconciliation last;

    public ReconcileWithBroker(
            TradingSettings settings,
            BrokerGateway gateway,
            TradingBooks books,
            HaltStore halts,
            Clock clock,
            PlaceOrder placeOrder,
            AdoptBrokerOrder adopt) {
        this.strategies = settings.byId();
        this.gateway = gateway;
        this.books = books;
        this.halts = halts;
        this.clock = clock;
        this.placeOrder = placeOrder;
        this.adopt = adopt;
    }

    /** Reconciles orders, then positions; halts on what it cannot explain. Runs before the candle listener starts. */
    public synchronized Reconciliation reconcile() {
        List<String> actions = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        try {
            for (Order order : openOrders()) {
                reconcile(order, NOT_SENT, actions, mismatches);
            }
            comparePositions(mismatches);
            noteUnknownBrokerOrders();
        } catch (BrokerUnavailableException e) {
            mismatches.add("the broker could not be reached: " + e.getMessage());
        }
        Reconciliation outcome = new Reconciliation(clock.instant(), actions, mismatches);
        actions.forEach(action -> log.info("Reconciliation: {}", action));
        if (outcome.agrees()) {
            log.info("Reconciliation with the broker: OK ({} orders changed)", actions.size());
        } else {
            haltOn(outcome);
        }
        last = outcome;
        return outcome;
    }

    /**
     * Settles, while the service runs, the orders it stored but could not hand to the broker (left {@code NEW} by a
     * broker that could not be reached), as reconciliation on start does: each is looked up by its client order id;
     * one the broker did receive takes the broker's state, one it never received is sent again while its signal
     * candle is its strategy's last and the strategy is not halted, and cancelled ({@value #NOT_SENT_IN_TIME}) once
     * a later candle was acted on. A broker still unreachable leaves them for the next run; books that disagree with
     * the broker halt the account. The caller holds the loop's lock ({@link ActOnClosedCandle#exclusively}).
     *
     * @return how many orders it acted on
     */
    public synchronized int retryUnsent() {
        List<Order> unsent = books.orders().find(null, OrderState.NEW).reversed().stream()
                .filter(order -> strategies.containsKey(order.strategyId()))
                .toList();
        if (unsent.isEmpty()) {
            return 0;
        }
        List<String> actions = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        try {
            for (Order order : unsent) {
                reconcile(order, NOT_SENT_IN_TIME, actions, mismatches);
            }
        } catch (BrokerUnavailableException e) {
            log.warn("{} unsent orders wait: the broker still cannot be reached ({})", unsent.size(), e.getMessage());
        }
        actions.forEach(action -> log.info("Unsent orders: {}", action));
        if (!mismatches.isEmpty()) {
            Reconciliation outcome = new Reconciliation(clock.instant(), actions, mismatches);
            haltOn(outcome);
            last = outcome;
        }
        return actions.size();
    }

    /** The outcome of the last reconciliation, empty before the first. */
    public Optional<Reconciliation> last() {
        return Optional.ofNullable(last);
    }

    private List<Order> openOrders() {
        List<Order> open = new ArrayList<>();
        for (OrderState state : OPEN) {
            open.addAll(books.orders().find(null, state).reversed());
        }
        return open;
    }

    private void reconcile(Order order, String notSentReason, List<String> actions, List<String> mismatches) {
        StrategyDefinition definition = strategies.get(order.strategyId());
        if (definition == null) {
            log.warn(
                    "Order {} is {} but its strategy {} is not configured: left as it is",
                    order.clientOrderId(),
                    order.state(),
                    order.strategyId());
            return;
        }
        Optional<BrokerOrder> broker;
        try {
            broker = gateway.order(order.clientOrderId(), order.createdAt());
        } catch (OrderFateUnknownException e) {
            mismatches.add("order " + order.clientOrderId() + " is " + order.state() + " in our books, not sent again: "
                    + e.getMessage());
            return;
        }
        if (broker.isEmpty()) {
            if (order.state() != OrderState.NEW) {
                mismatches.add("order " + order.clientOrderId() + " is " + order.state() + " in our books but"
                        + " unknown at the broker");
            } else if (isCurrent(order) && !isHalted(order.strategyId())) {
                placeOrder.submit(order, definition.timeframe());
                OrderState now = books.orders()
                        .find(order.clientOrderId())
                        .map(Order::state)
                        .orElseThrow();
                actions.add("order " + order.clientOrderId() + " was never sent: "
                        + (now == OrderState.NEW
                                ? "sending it failed again, it stays NEW"
                                : "sent it now, it is " + now));
            } else {
                placeOrder.cancelled(order, notSentReason);
                actions.add("order " + order.clientOrderId() + " was never sent and its signal candle "
                        + order.signalCandle() + " has passed or its strategy is halted: cancelled it");
            }
            return;
        }
        try {
            Order adopted = adopt.adopt(
                    order.clientOrderId(), broker.get(), gateway.fills(order.clientOrderId()), definition, null);
            if (adopted.state() != order.state() || adopted.filledUnits() != order.filledUnits()) {
                actions.add("order " + order.clientOrderId() + " was " + order.state() + ", adopted the broker's "
                        + adopted.state() + " with " + adopted.filledUnits() + " units filled");
            }
        } catch (AdoptBrokerOrder.BooksDisagreeException e) {
            mismatches.add(e.getMessage());
        }
    }

    /** Whether no candle after the order's signal candle was acted on: the market has not moved past it. */
    private boolean isCurrent(Order order) {
        return books.progress()
                .lastCandle(order.strategyId())
                .map(lastCandle -> !lastCandle.isAfter(order.signalCandle()))
                .orElse(true);
    }

    /** A halt means no new orders: an order the broker never received is not sent while it lasts. */
    private boolean isHalted(String strategyId) {
        return halts.haltReason(strategyId).isPresent();
    }

    /** Our units per instrument (over every stored strategy) against the broker's, for every instrument we trade. */
    private void comparePositions(List<String> mismatches) {
        Map<Instrument, Long> ours = new TreeMap<>(ReconcileWithBroker::compare);
        books.positions().all().forEach(position -> ours.merge(position.instrument(), position.units(), Long::sum));
        strategies.values().forEach(strategy -> ours.putIfAbsent(strategy.instrument(), 0L));
        Map<Instrument, Long> brokers = gateway.positions();
        for (Map.Entry<Instrument, Long> entry : ours.entrySet()) {
            long theirs = brokers.getOrDefault(entry.getKey(), 0L);
            if (theirs != entry.getValue()) {
                mismatches.add(entry.getKey().secid() + "/" + entry.getKey().board() + " position is "
                        + entry.getValue() + " units in our books but " + theirs + " at the broker");
            }
        }
        Set<Instrument> untracked = brokers.keySet().stream()
                .filter(instrument -> !ours.containsKey(instrument))
                .collect(Collectors.toSet());
        if (!untracked.isEmpty()) {
            log.info("The broker account also holds {}, which no strategy trades: not reconciled", untracked);
        }
    }

    private void noteUnknownBrokerOrders() {
        gateway.openOrders().stream()
                .filter(order -> books.orders().find(order.clientOrderId()).isEmpty())
                .forEach(order -> log.warn(
                        "The broker works order {} ({}), which is not in our books: not touched",
                        order.clientOrderId(),
                        order.state()));
    }

    private void haltOn(Reconciliation outcome) {
        String message = "reconciliation with the broker found differences it cannot explain; trading is halted: "
                + String.join("; ", outcome.mismatches());
        log.error(message);
        Instant now = clock.instant();
        books.transactions().run(() -> {
            String reason = abbreviate(MISMATCH_HALT + String.join("; ", outcome.mismatches()));
            if (halts.halt(HaltStore.ACCOUNT, reason, now)) {
                books.outbox().append(new TradingHalted(null, reason));
            }
            books.outbox().append(new ServiceErrorOccurred(SERVICE, COMPONENT, message));
        });
    }

    /** Halt reasons show in the status; the full text is in the log and in service.error. */
    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static int compare(Instrument a, Instrument b) {
        int bySecid = a.secid().compareTo(b.secid());
        return bySecid != 0 ? bySecid : a.board().compareTo(b.board());
    }
}
