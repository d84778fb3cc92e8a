package io.algomoex.common.strategy;

import java.util.Objects;

/**
 * What a strategy wants done after a closed bar.
 *
 * <p>{@link Action#BUY} and {@link Action#SELL} carry a positive size in the strategy's units (shares or contracts in
 * Backtrader-compatible backtests; the engine may convert it to lots when it runs in MOEX lot mode). {@link
 * Action#CLOSE} flattens whatever position is filled at the time, so it carries no size, and {@link Action#HOLD} asks
 * for nothing.
 *
 * @param action what to do, never null
 * @param size units to buy or sell: finite and positive for BUY and SELL, zero for CLOSE and HOLD
 */
public record Signal(Action action, double size) {

    /** No order. */
    public static final Signal HOLD = new Signal(Action.HOLD, 0);

    /** Close the whole filled position, whatever its side. */
    public static final Signal CLOSE = new Signal(Action.CLOSE, 0);

    public Signal {
        Objects.requireNonNull(action, "action is required");
        boolean sized = action == Action.BUY || action == Action.SELL;
        if (sized && !(Double.isFinite(size) && size > 0)) {
            throw new IllegalArgumentException(action + " needs a finite positive size, got " + size);
        }
        if (!sized && size != 0) {
            throw new IllegalArgumentException(action + " carries no size, got " + size);
        }
    }

    /** A market buy of {@code size} units. */
    public static Signal buy(double size) {
        return new Signal(Action.BUY, size);
    }

    /** A market sell of {@code size} units. */
    public static Signal sell(double size) {
        return new Signal(Action.SELL, size);
    }

    /** Whether this signal asks for an order. */
    public boolean isOrder() {
        return action != Action.HOLD;
    }

    /** The kinds of signal. */
    public enum Action {
        /** Do nothing. */
        HOLD,
        /** Buy {@link Signal#size()} units at market. */
        BUY,
        /** Sell {@link Signal#size()} units at market. */
        SELL,
        /** Flatten the filled position at market. */
        CLOSE
    }
}
