package io.algomoex.common.strategy;

/**
 * A trading strategy over closed bars of one instrument.
 *
 * <p>Contract: the caller feeds every closed bar exactly once, in time order, starting with the first bar of the
 * series, and passes the position that is filled at that moment. A strategy is pure: for the same bars and positions
 * it returns the same signals; it reads no clock, does no I/O and keeps state only from the bars it was given. One
 * instance serves one run; create a new instance for every backtest or live session.
 */
public interface Strategy {

    /**
     * How many bars, counting the bar of the first possible signal, the strategy must see before it can signal. A
     * backtest that starts trading at bar {@code k} feeds it from bar {@code k - warmUpBars() + 1}.
     */
    int warmUpBars();

    /**
     * Evaluates one closed bar.
     *
     * @param bar the bar that just closed; valid only during this call
     * @param position the filled position in units: positive long, negative short, zero flat. Orders still pending are
     *     not included, as in Backtrader.
     * @return the signal, never null; {@link Signal#HOLD} when there is nothing to do
     */
    Signal onBar(Bar bar, double position);
}
