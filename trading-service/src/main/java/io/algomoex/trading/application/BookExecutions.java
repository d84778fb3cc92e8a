package io.algomoex.trading.application;

import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.PositionChanged;
import io.algomoex.service.outbox.EventOutbox;
import io.algomoex.trading.application.port.OrderStore;
import io.algomoex.trading.application.port.PositionStore;
import io.algomoex.trading.application.port.TradingMetrics;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.Order;
import io.algomoex.trading.domain.OrderState;
import io.algomoex.trading.domain.Position;
import io.algomoex.trading.domain.StrategyDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Books fills into orders, positions and the outbox, and values positions at a close. Callers run it inside a
 * transaction, so a fill and the events reporting it commit together; P&amp;L events go out through
 * {@link PublishPnlUpdates}, throttled.
 */
@Service
final class BookExecutions {

    private static final Logger log = LoggerFactory.getLogger(BookExecutions.class);

    private final OrderStore orders;
    private final PositionStore positions;
    private final EventOutbox outbox;
    private final TradingMetrics metrics;
    private final AccountSettings account;

    /** Over the books' order and position stores and outbox. */
    BookExecutions(TradingBooks books, TradingMetrics metrics, AccountSettings account) {
        this.orders = books.orders();
        this.positions = books.positions();
        this.outbox = books.outbox();
        this.metrics = metrics;
        this.account = account;
    }

    /**
     * Books one fill into the order, the position and the outbox. A fill of an unknown order, of a final order, or one
     * larger than the order's unfilled units (booked already, for example by reconciliation) is logged and ignored.
     */
    void book(Execution execution, StrategyDefinition definition, Instant at) {
        book(execution, orders.find(execution.clientOrderId()).orElse(null), current(definition), definition, at);
    }

    /**
     * Books those of a candle's fills that fill the strategy's orders, as {@link #book} does; fills of other
     * strategies' orders and of unknown orders are left to others. Each fill's order is read once.
     *
     * @param position the strategy's position before these fills
     * @return the strategy's position after them
     */
    Position bookOwn(List<Execution> executions, Position position, StrategyDefinition definition, Instant at) {
        Position booked = position;
        for (Execution execution : executions) {
            Optional<Order> order = orders.find(execution.clientOrderId());
            if (order.isPresent() && order.get().strategyId().equals(definition.id())) {
                booked = book(execution, order.get(), booked, definition, at);
            }
        }
        return booked;
    }

    /** Books the fill of {@code order} (null when unknown) into it and {@code position}; returns the position. */
    private Position book(
            Execution execution, Order order, Position position, StrategyDefinition definition, Instant at) {
        if (order == null || order.state().isFinal() || execution.units() > order.unfilledUnits()) {
            log.warn(
                    "Ignoring execution of {} units of {} order {}",
                    execution.units(),
                    order == null ? "unknown" : order.state() + " (" + order.unfilledUnits() + " unfilled)",
                    execution.clientOrderId());
            return position;
        }
        if (order.state() == OrderState.NEW) {
            log.warn("Order {} filled before it was recorded as submitted", order.clientOrderId());
        }
        Order filled = order.fill(execution);
        orders.update(filled, at);
        Position booked = position.apply(execution);
        positions.save(booked);
        outbox.append(new OrderFilled(
                filled.clientOrderId(),
                filled.strategyId(),
                filled.instrument().secid(),
                filled.instrument().board(),
                execution.side(),
                execution.units() / definition.lotSize(),
                execution.price(),
                execution.commission(),
                execution.executedAt()));
        outbox.append(positionChanged(booked, definition));
        metrics.orderReached(filled.state());
        metrics.positionValued(booked);
        return booked;
    }

    /** Stores a position valued at a candle's close ({@link Position#markTo}) and reports its figures. */
    void saveMark(Position marked) {
        positions.save(marked);
        metrics.positionValued(marked);
    }

    /**
     * The P&amp;L event of {@code marked}, or empty when its figures equal {@code before}'s, the position as the
     * previous candle left it.
     */
    static Optional<PnlUpdated> pnlChange(Position before, Position marked) {
        boolean changed = marked.totalPnl().compareTo(before.totalPnl()) != 0
                || marked.todayPnl().compareTo(before.todayPnl()) != 0
                || marked.drawdown().compareTo(before.drawdown()) != 0;
        return changed
                ? Optional.of(
                        new PnlUpdated(marked.strategyId(), marked.todayPnl(), marked.totalPnl(), marked.drawdown()))
                : Optional.empty();
    }

    Position current(StrategyDefinition definition) {
        return positions.find(definition.id()).orElseGet(() -> flat(definition));
    }

    /** The strategy's position among {@code all} stored ones, flat when it has none yet. */
    Position currentIn(List<Position> all, StrategyDefinition definition) {
        return all.stream()
                .filter(position -> position.strategyId().equals(definition.id()))
                .findFirst()
                .orElseGet(() -> flat(definition));
    }

    /** {@code all} stored positions with the strategy's own replaced by (or, when it had none, joined by) {@code own}. */
    static List<Position> replacing(List<Position> all, Position own) {
        List<Position> replaced = new ArrayList<>(all.size() + 1);
        all.stream()
                .filter(position -> !position.strategyId().equals(own.strategyId()))
                .forEach(replaced::add);
        replaced.add(own);
        return replaced;
    }

    private Position flat(StrategyDefinition definition) {
        return Position.flat(definition.id(), definition.instrument(), account.capitalPerStrategy());
    }

    private static PositionChanged positionChanged(Position position, StrategyDefinition definition) {
        return new PositionChanged(
                position.strategyId(),
                position.instrument().secid(),
                position.instrument().board(),
                position.units() / definition.lotSize(),
                position.units() == 0 ? null : position.averagePrice());
    }
}
