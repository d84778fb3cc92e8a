package io.algomoex.common.market;

/** The direction of an order or a fill. */
public enum Side {
    BUY,
    SELL;

    /** The side that undoes this one. */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** +1 for a buy, -1 for a sell: the sign a fill of this side gives to a position change. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }
}
