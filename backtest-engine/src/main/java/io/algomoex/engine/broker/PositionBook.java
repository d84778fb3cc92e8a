package io.algomoex.engine.broker;

/**
 * The filled position and the open trade. {@link #split} and {@link #apply} are Backtrader's {@code Position.update}:
 * an order is split into the part that closes the current position and the part that opens a new one, and the
 * average price follows Backtrader's formula.
 */
final class PositionBook {

    double size;
    double price;
    double opened;
    double closed;

    private int tradeEntryBar;
    private double tradeSize;
    private double tradeProfit;
    private double tradeCommission;

    /** Sets {@link #opened} and {@link #closed} for an order of {@code change} units, without changing the position. */
    void split(double change) {
        double after = size + change;
        if (after == 0) {
            opened = 0;
            closed = change;
        } else if (size == 0) {
            opened = change;
            closed = 0;
        } else if ((size > 0) == (change > 0)) {
            opened = change;
            closed = 0;
        } else if ((after > 0) == (size > 0)) {
            opened = 0;
            closed = change;
        } else {
            opened = after;
            closed = -size;
        }
    }

    void apply(double change, double fillPrice) {
        double before = size;
        size += change;
        if (size == 0) {
            price = 0.0;
        } else if (before == 0) {
            price = fillPrice;
        } else if ((before > 0) == (change > 0)) {
            price = (price * before + change * fillPrice) / size;
        } else if ((size > 0) != (before > 0)) {
            price = fillPrice;
        }
    }

    /** Backtrader's trade bookkeeping: profit and commission accumulate until the position is flat again. */
    void account(
            int bar,
            double closedPart,
            double openedPart,
            double fillPrice,
            double averagePrice,
            double profit,
            double closedCommission,
            double openedCommission,
            BrokerEvents events) {
        if (closedPart != 0) {
            tradeProfit += profit;
            tradeCommission += closedCommission;
            if (size == 0 || openedPart != 0) {
                events.tradeClosed(
                        tradeEntryBar, bar, tradeSize, averagePrice, fillPrice, tradeProfit, tradeCommission);
                tradeSize = 0;
            }
        }
        if (openedPart != 0) {
            if (tradeSize == 0) {
                tradeEntryBar = bar;
                tradeProfit = 0;
                tradeCommission = openedCommission;
                tradeSize = size;
            } else {
                tradeCommission += openedCommission;
                tradeSize = Math.abs(size) > Math.abs(tradeSize) ? size : tradeSize;
            }
        }
    }
}
