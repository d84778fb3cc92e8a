package io.algomoex.trading.adapter.out.broker.paper;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.domain.Execution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the paper broker keeps what a real broker keeps on its side: accepted orders by client order id, their fills
 * and the last candle it filled on per market. It must outlive the trading service ({@link JdbcPaperAccount}), or
 * reconciliation on start would find a broker that forgot everything.
 */
public interface PaperAccount {

    /** Runs the work so that all of its changes are kept together or none are. */
    <T> T atomically(Supplier<T> work);

    /** Stores the order unless its client order id is known; returns the order stored under that id. */
    PaperOrder accept(PaperOrder order);

    Optional<PaperOrder> find(String clientOrderId);

    /** Submitted and partially filled orders, in the order they were accepted. */
    List<PaperOrder> open();

    /** Stores the new state of an accepted order. */
    void update(PaperOrder order);

    /** Stores a fill of an accepted order. */
    void addFill(Execution fill);

    /** The fills of an order, oldest first. */
    List<Execution> fills(String clientOrderId);

    /** Signed units held per instrument (the sum of all fills), flat instruments left out. */
    Map<Instrument, Long> positions();

    /** Records the candle as the market's last one; false, changing nothing, when it is not later than the last. */
    boolean advance(Instrument instrument, Timeframe timeframe, Instant candleBegin);

    /**
     * What most candles need, in one step: unless the market (instrument and timeframe) has an open order, the candle
     * is {@linkplain #advance advanced} to and the result is true. False, changing nothing, when an order is open:
     * the caller fills it under {@link #atomically}.
     */
    boolean advanceWhenNothingOpen(Instrument instrument, Timeframe timeframe, Instant candleBegin);
}
