package io.algomoex.trading.application;

import io.algomoex.common.event.RiskLimitBreached;
import io.algomoex.common.event.TradingHalted;
import io.algomoex.service.outbox.EventOutbox;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.Position;
import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.StrategyDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The risk limits of each strategy and of the account. An order that breaks a limit is refused before the gateway
 * hears of it; a loss or drawdown at its limit halts the strategy (or the account) and reports the breach. Callers
 * halt inside the transaction that stores the candle's order intent, so the halt and its events commit before any
 * order is sent.
 */
@Service
final class CheckRisk {

    private static final Logger log = LoggerFactory.getLogger(CheckRisk.class);

    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private static final int DRAWDOWN_SCALE = 8;

    private final RiskSettings settings;
    private final Map<String, Integer> lotSizes = new HashMap<>();
    private final HaltStore halts;
    private final EventOutbox outbox;

    /**
     * When accepted orders were created, per strategy and for the account ({@link HaltStore#ACCOUNT}). Kept in memory:
     * after a restart the count starts again, which at worst lets one more minute's worth of orders through.
     */
    private final Map<String, Deque<Instant>> recentOrders = new HashMap<>();

    CheckRisk(RiskSettings settings, TradingSettings trading, HaltStore halts, EventOutbox outbox) {
        this.settings = settings;
        trading.strategies().forEach(strategy -> lotSizes.put(strategy.id(), strategy.lotSize()));
        this.halts = halts;
        this.outbox = outbox;
    }

    /**
     * The loss limit reached by the strategy, or else by the account, or {@code null} while none is; {@code marked} is
     * the strategy's position just valued at the candle's close, {@code all} every strategy's position with it in place
     * of the stored one. Reads and writes nothing: {@link #halt} acts on what it finds.
     */
    LossBreach lossBreach(StrategyDefinition definition, Position marked, List<Position> all) {
        LossBreach strategy =
                lossBreach(definition.id(), settings.limitsOf(definition.id()), marked.todayPnl(), marked.drawdown());
        if (strategy != null) {
            return strategy;
        }
        BigDecimal today = all.stream().map(Position::todayPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
        return lossBreach(HaltStore.ACCOUNT, settings.account(), today, accountDrawdown(all));
    }

    /**
     * Halts the breach's scope and reports it ({@code trading.risk.breached}, {@code trading.halted}); a scope halted
     * already keeps its first reason and reports nothing again. Runs in the caller's transaction.
     */
    void halt(LossBreach breach, Instant at) {
        if (!halts.halt(breach.scope(), breach.rule(), at)) {
            return;
        }
        String strategyId = HaltStore.ACCOUNT.equals(breach.scope()) ? null : breach.scope();
        outbox.append(new RiskLimitBreached(strategyId, breach.rule(), breach.value(), breach.threshold()));
        outbox.append(new TradingHalted(strategyId, breach.rule()));
        log.warn(
                "Risk limit {} breached by {} (limit {}): halted {}",
                breach.rule(),
                breach.value(),
                breach.threshold(),
                breach.scope());
    }

    /**
     * The rule an order breaks, or {@code null} when it may be sent.
     *
     * @param positionUnits the strategy's position before the order, in units
     * @param all every strategy's position, this one's as just valued
     * @param placedAt when the order goes to the market: the close of its signal candle
     * @param now the clock's instant, for the order rate
     */
    String rejection(Order intent, long positionUnits, List<Position> all, Instant placedAt, Instant now) {
        RiskLimits strategy = settings.limitsOf(intent.strategyId());
        RiskLimits account = settings.account();
        if (!settings.inSession(placedAt)) {
            return RiskLimits.SESSION_HOURS;
        }
        if (intent.lots() > strategy.maxOrderLots() || intent.lots() > account.maxOrderLots()) {
            return RiskLimits.MAX_ORDER_SIZE;
        }
        long lotSize = lotSizes.getOrDefault(intent.strategyId(), 1);
        long signedLots = intent.side().sign() * intent.lots();
        long before = positionUnits / lotSize;
        if (Math.abs(before + signedLots) > strategy.maxPositionLots()
                || accountLots(all, intent.strategyId()) + Math.abs(before + signedLots) > account.maxPositionLots()) {
            return RiskLimits.MAX_POSITION;
        }
        if (ordersInLastMinute(intent.strategyId(), now) >= strategy.maxOrdersPerMinute()
                || ordersInLastMinute(HaltStore.ACCOUNT, now) >= account.maxOrdersPerMinute()) {
            return RiskLimits.MAX_ORDERS_PER_MINUTE;
        }
        return null;
    }

    /** Counts an order that passed the checks towards the order rate. */
    void accepted(Order intent, Instant now) {
        recentOrders
                .computeIfAbsent(intent.strategyId(), id -> new ArrayDeque<>())
                .addLast(now);
        recentOrders
                .computeIfAbsent(HaltStore.ACCOUNT, id -> new ArrayDeque<>())
                .addLast(now);
    }

    private static LossBreach lossBreach(String scope, RiskLimits limits, BigDecimal todayPnl, BigDecimal drawdown) {
        if (limits.dailyLossReached(todayPnl)) {
            return new LossBreach(scope, RiskLimits.MAX_DAILY_LOSS, todayPnl.negate(), limits.maxDailyLoss());
        }
        if (limits.drawdownReached(drawdown)) {
            return new LossBreach(scope, RiskLimits.MAX_DRAWDOWN, drawdown, limits.maxDrawdown());
        }
        return null;
    }

    /**
     * The drop of the strategies' combined equity from the sum of their peaks. The peaks need not have been reached
     * at the same time, so this is never smaller than the account's true drawdown: the safe side for a limit.
     */
    private static BigDecimal accountDrawdown(List<Position> all) {
        BigDecimal peak = all.stream().map(Position::peakEquity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal equity = all.stream().map(Position::equity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal drop = peak.subtract(equity);
        if (peak.signum() <= 0 || drop.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return drop.divide(peak, DRAWDOWN_SCALE, RoundingMode.HALF_EVEN).min(BigDecimal.ONE);
    }

    /** Absolute lots held by every strategy but the given one. */
    private long accountLots(List<Position> all, String exceptStrategyId) {
        return all.stream()
                .filter(position -> !position.strategyId().equals(exceptStrategyId))
                .mapToLong(position -> Math.abs(position.units()) / lotSizes.getOrDefault(position.strategyId(), 1))
                .sum();
    }

    private int ordersInLastMinute(String scope, Instant now) {
        Deque<Instant> times = recentOrders.computeIfAbsent(scope, id -> new ArrayDeque<>());
        Instant cutoff = now.minus(RATE_WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
        return times.size();
    }

    /**
     * A loss limit reached.
     *
     * @param scope the strategy id, or {@link HaltStore#ACCOUNT}
     * @param rule {@link RiskLimits#MAX_DAILY_LOSS} or {@link RiskLimits#MAX_DRAWDOWN}
     * @param value the loss today or the drawdown
     * @param threshold its limit
     */
    record LossBreach(String scope, String rule, BigDecimal value, BigDecimal threshold) {}
}
