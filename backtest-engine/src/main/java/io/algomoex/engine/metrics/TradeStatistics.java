package io.algomoex.engine.metrics;

import io.algomoex.engine.broker.BrokerEvents;

/** Closed-trade statistics, on net profit (after both commissions). */
public final class TradeStatistics implements BrokerEvents {

    private int trades;
    private int winners;
    private double grossWins;
    private double grossLosses;
    private double netTotal;

    @Override
    public void filled(int signalBar, int bar, boolean buy, double size, double price, double commission) {}

    @Override
    public void rejected(int signalBar, int bar, boolean buy, double size, double price, String reason) {}

    @Override
    public void unfilled(int signalBar, boolean buy, double size, double price) {}

    @Override
    public void tradeClosed(
            int entryBar,
            int exitBar,
            double size,
            double entryPrice,
            double exitPrice,
            double grossProfit,
            double commission) {
        double net = grossProfit - commission;
        trades++;
        netTotal += net;
        if (net > 0) {
            winners++;
            grossWins += net;
        } else if (net < 0) {
            grossLosses -= net;
        }
    }

    int trades() {
        return trades;
    }

    double winRatePercent() {
        return trades == 0 ? Double.NaN : 100.0 * winners / trades;
    }

    /** Sum of winning trades over the sum of losing trades; undefined (NaN) without a losing trade. */
    double profitFactor() {
        return grossLosses == 0 ? Double.NaN : grossWins / grossLosses;
    }

    double averageTrade() {
        return trades == 0 ? Double.NaN : netTotal / trades;
    }
}
