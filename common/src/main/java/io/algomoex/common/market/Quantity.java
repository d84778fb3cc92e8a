package io.algomoex.common.market;

/**
 * A non-negative whole number of lots. On MOEX orders are placed in lots: one lot of SBER is 10 shares, so an order
 * of 3 lots buys 30 shares. Direction is carried separately by {@link Side}.
 *
 * @param lots number of lots, zero or more
 */
public record Quantity(long lots) implements Comparable<Quantity> {

    public static final Quantity ZERO = new Quantity(0);

    public Quantity {
        if (lots < 0) {
            throw new IllegalArgumentException("quantity must not be negative, got " + lots + " lots");
        }
    }

    public static Quantity ofLots(long lots) {
        return new Quantity(lots);
    }

    /** The number of units (shares, contracts) these lots hold for an instrument with the given lot size. */
    public long units(int lotSize) {
        if (lotSize <= 0) {
            throw new IllegalArgumentException("lot size must be positive, got " + lotSize);
        }
        return Math.multiplyExact(lots, lotSize);
    }

    public boolean isZero() {
        return lots == 0;
    }

    public Quantity plus(Quantity other) {
        return new Quantity(Math.addExact(lots, other.lots));
    }

    @Override
    public int compareTo(Quantity other) {
        return Long.compare(lots, other.lots);
    }

    @Override
    public String toString() {
        return lots + " lots";
    }
}
