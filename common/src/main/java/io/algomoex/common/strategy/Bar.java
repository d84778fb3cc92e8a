package io.algomoex.common.strategy;

import java.time.Instant;

/**
 * A closed bar as a strategy sees it: the start time and the OHLCV values of one completed candle.
 *
 * <p>Prices are {@code double} because indicator maths works in binary floating point, as Backtrader does; a strategy
 * never turns them into order prices. An engine may hand a strategy a view whose values change on the next call, so a
 * strategy copies what it needs and never keeps the bar itself.
 */
public interface Bar {

    /** Start of the candle in UTC. */
    Instant begin();

    /** First trade price, positive. */
    double open();

    /** Highest trade price, positive. */
    double high();

    /** Lowest trade price, positive. */
    double low();

    /** Last trade price, positive. */
    double close();

    /** Traded volume in units (shares or contracts), zero or more. */
    double volume();
}
