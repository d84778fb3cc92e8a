package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import io.algomoex.common.strategy.Signal;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.LoopReads;
import io.algomoex.trading.application.port.MarketDataFeed;
import io.algomoex.trading.application.port.TradingMetrics;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.Position;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The live loop. Each configured strategy warms up from stored candles, then acts on every new closed candle of its
 * instrument and timeframe once, in time order, with Backtrader's bar order: the broker first fills the orders of the
 * previous candle at this candle's open, the position is valued at the close, then the strategy sees the candle and
 * its signal becomes an order. Candles that closed before {@link HistoryCutoff#tradeFrom()} only warm it up.
 */
@Service
public class ActOnClosedCandle {

    private static final Logger log = LoggerFactory.getLogger(ActOnClosedCandle.class);

    private final Map<String, LiveStrategy> strategies = new LinkedHashMap<>();
    private final Set<String> streamed = new HashSet<>();
    private final BrokerGateway gateway;
    private final MarketDataFeed feed;
    private final TradingBooks books;
    private final LoopReads reads;
    private final TradingMetrics metrics;
    private final Clock clock;
    private final BookExecutions bookExecutions;
    private final PlaceOrder placeOrder;
    private final CheckRisk risk;
    private final PublishPnlUpdates pnlUpdates;
    private final HistoryCutoff cutoff;

    public ActOnClosedCandle(
            TradingSettings settings,
            BrokerGateway gateway,
            MarketDataFeed feed,
            TradingBooks books,
            LoopReads reads,
            TradingMetrics metrics,
            PublishPnlUpdates pnlUpdates,
            HistoryCutoff cutoff,
            Clock clock,
            BookExecutions bookExecutions,
            PlaceOrder placeOrder,
            CheckRisk risk) {
        this.pnlUpdates = pnlUpdates;
        this.cutoff = cutoff;
        this.gateway = gateway;
        this.feed = feed;
        this.books = books;
        this.reads = reads;
        this.metrics = metrics;
        this.clock = clock;
        this.bookExecutions = bookExecutions;
        this.placeOrder = placeOrder;
        this.risk = risk;
        for (StrategyDefinition definition : settings.strategies()) {
            // Fails at start for an unknown strategy or bad parameters, not on the first candle.
            StrategyCatalog.create(definition);
            strategies.put(definition.id(), new LiveStrategy(definition));
            if (settings.isStreamed(definition)) {
                streamed.add(definition.id());
            }
        }
    }

    /** Warms every strategy up from stored candles; strategies already warm are left alone. */
    public synchronized void warmUp() {
        strategies.values().stream().filter(strategy -> !strategy.isWarm()).forEach(this::warmUp);
    }

    /**
     * Acts on one closed candle from the collector (AMQP); candles no strategy trades, duplicates and out-of-order
     * candles are dropped, and so are candles of strategies that take theirs from a broker stream.
     */
    public void handle(Candle candle) {
        handle(candle, false);
    }

    /** Acts on one closed candle from a broker's stream, for the strategies fed by a stream only. */
    public void handleStreamed(Candle candle) {
        handle(candle, true);
    }

    private synchronized void handle(Candle candle, boolean fromStream) {
        Instant received = clock.instant();
        List<LiveStrategy> fresh = new ArrayList<>();
        boolean configured = false;
        for (LiveStrategy strategy : strategies.values()) {
            StrategyDefinition definition = strategy.definition();
            if (!definition.instrument().equals(candle.instrument()) || definition.timeframe() != candle.timeframe()) {
                continue;
            }
            configured = true;
            if (streamed.contains(definition.id()) != fromStream) {
                // The broker's stream has this bar first; the collector's delayed copy must not act a second time.
                metrics.candleDropped(fromStream ? "not-streamed" : "streamed");
                continue;
            }
            if (!strategy.isWarm()) {
                warmUp(strategy);
            }
            String rejection = strategy.rejection(candle);
            if (rejection != null) {
                metrics.candleDropped(rejection);
            } else if (cutoff.isHistory(candle)) {
                strategy.observe(candle, bookExecutions.current(definition).units());
                metrics.candleDropped("history");
            } else {
                fresh.add(strategy);
            }
        }
        if (!configured) {
            metrics.candleDropped("unconfigured");
            return;
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<Execution> executions = gateway.executionsUpTo(candle);
        for (LiveStrategy strategy : fresh) {
            try {
                act(strategy, candle, executions, received);
            } catch (RuntimeException e) {
                strategy.reset();
                throw e;
            }
        }
    }

    /** Runs the work while no candle is being acted on: an order it changes is not being sent at the same time. */
    public synchronized <T> T exclusively(Supplier<T> work) {
        return work.get();
    }

    /** The start of the last candle each strategy acted on or warmed up with, by strategy id. */
    public synchronized Map<String, Instant> lastCandles() {
        Map<String, Instant> last = new LinkedHashMap<>(books.progress().lastCandles());
        strategies.values().stream()
                .filter(strategy -> strategy.lastCandle() != null)
                .forEach(strategy -> last.merge(strategy.id(), strategy.lastCandle(), ActOnClosedCandle::later));
        return last;
    }

    private void act(LiveStrategy strategy, Candle candle, List<Execution> executions, Instant received) {
        StrategyDefinition definition = strategy.definition();
        // One read of every strategy's position and every halt: this strategy's position, the account's loss and
        // position limits, and whether this strategy may trade.
        LoopReads.Snapshot state = reads.read();
        List<Position> stored = state.positions();
        Position before = bookExecutions.currentIn(stored, definition);
        // Most candles bring no fill: they skip this transaction.
        Position filled = executions.isEmpty()
                ? before
                : books.transactions()
                        .inTransaction(() -> bookExecutions.bookOwn(executions, before, definition, clock.instant()));
        Signal signal = strategy.evaluate(candle, filled.units());
        Position marked = filled.markTo(candle.close().value(), candle.begin());
        List<Position> all = BookExecutions.replacing(stored, marked);
        Optional<Order> intent = signal.isOrder() && !isHalted(definition, state)
                ? placeOrder.intentFor(definition, signal, filled.units(), candle)
                : Optional.empty();
        // The order goes to the market when its signal candle closes; the session hours are checked at that moment.
        Instant placedAt = candle.timeframe().nextBegin(candle.begin());
        Optional<Order> accepted = commitIntent(definition, intent, filled.units(), marked, all, placedAt);
        accepted.ifPresent(order -> placeOrder.send(order, candle, received));
        // The books follow the order to the market. A crash before this commit loses only the mark: seeing the candle
        // again stores no second order (its id comes from the candle), and an order left NEW is looked up on restart.
        books.transactions().inTransaction(() -> {
            bookExecutions.saveMark(marked);
            books.progress().record(definition.id(), candle.begin());
            return null;
        });
        BookExecutions.pnlChange(before, marked).ifPresent(pnlUpdates::changed);
    }

    /**
     * Commits the intent before the order is sent, and returns it when it may be sent. A loss limit reached halts
     * first: the halt, its events and the intent (rejected with the limit's rule) commit together. An intent that
     * breaks no limit is the usual case on the path from the candle to the order: its one statement (the order and its
     * first transition) commits on its own, one round trip to the database.
     */
    private Optional<Order> commitIntent(
            StrategyDefinition definition,
            Optional<Order> intent,
            long positionUnits,
            Position marked,
            List<Position> all,
            Instant placedAt) {
        CheckRisk.LossBreach breach = risk.lossBreach(definition, marked, all);
        if (breach == null && intent.isEmpty()) {
            return intent;
        }
        Instant now = clock.instant();
        String rule = breach != null ? breach.rule() : risk.rejection(intent.get(), positionUnits, all, placedAt, now);
        if (rule == null) {
            if (!placeOrder.create(intent.get())) {
                return Optional.empty();
            }
            risk.accepted(intent.get(), now);
            return intent;
        }
        books.transactions().run(() -> {
            if (breach != null) {
                risk.halt(breach, now);
            }
            intent.ifPresent(order -> storeRejected(order, rule));
        });
        return Optional.empty();
    }

    /**
     * Stores an intent that breaks a risk limit as rejected with the rule's name; it is never sent. One stored before
     * (its candle seen again) is left as it is.
     */
    private void storeRejected(Order intent, String rule) {
        if (!placeOrder.create(intent)) {
            return;
        }
        log.warn("Order {} of strategy {} breaks the risk limit {}", intent.clientOrderId(), intent.strategyId(), rule);
        placeOrder.reject(intent, rule);
    }

    private static boolean isHalted(StrategyDefinition definition, LoopReads.Snapshot state) {
        Optional<String> reason = state.haltReason(definition.id());
        reason.ifPresent(
                why -> log.info("Strategy {} is halted ({}): its signal places no order", definition.id(), why));
        return reason.isPresent();
    }

    private void warmUp(LiveStrategy strategy) {
        StrategyDefinition definition = strategy.definition();
        List<Candle> history =
                feed.lastClosed(definition.instrument(), definition.timeframe(), strategy.warmUpCandles());
        long units = bookExecutions.current(definition).units();
        strategy.warmUp(history, books.progress().lastCandle(definition.id()).orElse(null), units);
        log.info(
                "Strategy {} warmed up with {} stored candles; acting on candles after {}",
                definition.id(),
                history.size(),
                strategy.lastCandle());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
