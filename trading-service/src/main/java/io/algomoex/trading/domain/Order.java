package io.algomoex.trading.domain;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * A market order intent of one strategy and how it ended. Immutable: every transition returns the next version.
 *
 * @param clientOrderId our id, persisted before sending and used as the broker's idempotency key
 * @param strategyId the strategy that placed it
 * @param instrument what it trades
 * @param side buy or sell
 * @param lots size in lots, at least 1
 * @param units size in units (lots times the lot size), at least 1
 * @param state where it stands
 * @param filledUnits units filled so far, from 0 to {@code units}
 * @param signalCandle start (UTC) of the closed candle whose signal created it
 * @param createdAt when the intent was created, UTC
 * @param fillPrice average price per unit of its fills, or {@code null} before the first fill
 * @param commission commission of all its fills, or {@code null} before the first fill
 * @param filledAt when its last fill executed, UTC, or {@code null} before the first fill
 * @param reason why it was rejected or cancelled, or {@code null}
 */
public record Order(
        String clientOrderId,
        String strategyId,
        Instrument instrument,
        Side side,
        long lots,
        long units,
        OrderState state,
        long filledUnits,
        Instant signalCandle,
        Instant createdAt,
        BigDecimal fillPrice,
        BigDecimal commission,
        Instant filledAt,
        String reason) {

    /** Average fill prices are quotients: ten decimals is far below any MOEX price step. */
    private static final int AVERAGE_SCALE = 10;

    public Order {
        Objects.requireNonNull(clientOrderId, "clientOrderId is required");
        Objects.requireNonNull(strategyId, "strategyId is required");
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(side, "side is required");
        Objects.requireNonNull(state, "state is required");
        Objects.requireNonNull(signalCandle, "signalCandle is required");
        Objects.requireNonNull(createdAt, "createdAt is required");
        if (lots < 1 || units < lots) {
            throw new IllegalArgumentException("an order needs at least one lot of at least one unit, got " + lots
                    + " lots of " + units + " units");
        }
        if (filledUnits < 0 || filledUnits > units) {
            throw new IllegalArgumentException("filled units must be between 0 and " + units + ", got " + filledUnits);
        }
        if ((state == OrderState.FILLED) != (filledUnits == units)) {
            throw new IllegalArgumentException("an order is FILLED exactly when all its units are filled");
        }
        if (state == OrderState.PARTIALLY_FILLED && filledUnits == 0) {
            throw new IllegalArgumentException("a partially filled order has a fill");
        }
        if (filledUnits > 0 && (fillPrice == null || commission == null || filledAt == null)) {
            throw new IllegalArgumentException("a filled order needs its price, commission and time");
        }
        if ((state == OrderState.REJECTED || state == OrderState.CANCELLED) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(state + " needs a reason");
        }
    }

    /** A new intent, not yet sent. */
    public static Order intent(
            String clientOrderId,
            String strategyId,
            Instrument instrument,
            Side side,
            long lots,
            long units,
            Instant signalCandle,
            Instant createdAt) {
        return new Order(
                clientOrderId,
                strategyId,
                instrument,
                side,
                lots,
                units,
                OrderState.NEW,
                0,
                signalCandle,
                createdAt,
                null,
                null,
                null,
                null);
    }

    public Order submitted() {
        requireState(OrderState.NEW);
        return withState(OrderState.SUBMITTED, null);
    }

    /**
     * The order after one more fill: PARTIALLY_FILLED until every unit is filled, then FILLED. The fill price becomes
     * the average of all fills, the commission their sum.
     *
     * @throws IllegalStateException when the order is final or the fill is more than its unfilled units
     */
    public Order fill(Execution execution) {
        requireOpen();
        if (!execution.clientOrderId().equals(clientOrderId) || execution.side() != side) {
            throw new IllegalArgumentException("execution " + execution + " is not a fill of order " + clientOrderId);
        }
        long filled = filledUnits + execution.units();
        if (filled > units) {
            throw new IllegalStateException("order " + clientOrderId + " has " + (units - filledUnits)
                    + " unfilled units, not " + execution.units());
        }
        BigDecimal average = filledUnits == 0
                ? execution.price()
                : fillPrice
                        .multiply(BigDecimal.valueOf(filledUnits))
                        .add(execution.price().multiply(BigDecimal.valueOf(execution.units())))
                        .divide(BigDecimal.valueOf(filled), AVERAGE_SCALE, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
        return new Order(
                clientOrderId,
                strategyId,
                instrument,
                side,
                lots,
                units,
                filled == units ? OrderState.FILLED : OrderState.PARTIALLY_FILLED,
                filled,
                signalCandle,
                createdAt,
                average,
                commission == null ? execution.commission() : commission.add(execution.commission()),
                execution.executedAt(),
                null);
    }

    /** Units not filled yet. */
    public long unfilledUnits() {
        return units - filledUnits;
    }

    /** The order cancelled, keeping the fills it had; a NEW order is cancelled before the broker heard of it. */
    public Order cancelled(String why) {
        requireOpen();
        return withState(OrderState.CANCELLED, why);
    }

    public Order rejected(String why) {
        requireOpen();
        return withState(OrderState.REJECTED, why);
    }

    private Order withState(OrderState next, String why) {
        return new Order(
                clientOrderId,
                strategyId,
                instrument,
                side,
                lots,
                units,
                next,
                filledUnits,
                signalCandle,
                createdAt,
                fillPrice,
                commission,
                filledAt,
                why);
    }

    private void requireOpen() {
        if (state.isFinal()) {
            throw new IllegalStateException("order " + clientOrderId + " is already " + state);
        }
    }

    private void requireState(OrderState expected) {
        if (state != expected) {
            throw new IllegalStateException("order " + clientOrderId + " is " + state + ", not " + expected);
        }
    }
}
