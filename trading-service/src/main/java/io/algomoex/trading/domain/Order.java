package io.algomoex.trading.domain;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import java.math.BigDecimal;
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
 * @param signalCandle start (UTC) of the closed candle whose signal created it
 * @param createdAt when the intent was created, UTC
 * @param fillPrice fill price per unit, or {@code null} until filled
 * @param commission commission of the fill, or {@code null} until filled
 * @param filledAt when it filled, UTC, or {@code null}
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
        Instant signalCandle,
        Instant createdAt,
        BigDecimal fillPrice,
        BigDecimal commission,
        Instant filledAt,
        String reason) {

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
        if (state == OrderState.FILLED && (fillPrice == null || commission == null || filledAt == null)) {
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

    public Order filled(BigDecimal price, BigDecimal fillCommission, Instant at) {
        if (state.isFinal()) {
            throw new IllegalStateException("order " + clientOrderId + " is already " + state);
        }
        return new Order(
                clientOrderId,
                strategyId,
                instrument,
                side,
                lots,
                units,
                OrderState.FILLED,
                signalCandle,
                createdAt,
                price,
                fillCommission,
                at,
                null);
    }

    public Order rejected(String why) {
        if (state.isFinal()) {
            throw new IllegalStateException("order " + clientOrderId + " is already " + state);
        }
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
                signalCandle,
                createdAt,
                fillPrice,
                commission,
                filledAt,
                why);
    }

    private void requireState(OrderState expected) {
        if (state != expected) {
            throw new IllegalStateException("order " + clientOrderId + " is " + state + ", not " + expected);
        }
    }
}
