package io.algomoex.engine.broker;

/**
 * What the simulated broker reports. Bars are indexes into the series; sizes are positive units with the side given
 * by {@code buy}.
 */
public interface BrokerEvents {

    /** A fill: on {@code bar} (the signal bar itself for close fills) at {@code price}, paying {@code commission}. */
    void filled(int signalBar, int bar, boolean buy, double size, double price, double commission);

    /** An order refused on {@code bar}, with the price it was checked at and the reason. */
    void rejected(int signalBar, int bar, boolean buy, double size, double price, String reason);

    /** An order created on the last bar: there is no next bar to fill it. */
    void unfilled(int signalBar, boolean buy, double size, double price);

    /**
     * A position went back to flat (or reversed): the trade from {@code entryBar} to {@code exitBar} is closed.
     *
     * @param size the largest position of the trade in units, negative for shorts
     */
    void tradeClosed(
            int entryBar,
            int exitBar,
            double size,
            double entryPrice,
            double exitPrice,
            double grossProfit,
            double commission);
}
