package io.algomoex.trading.application.port;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The last closed candle each strategy acted on ({@code trading.strategy_progress}); later candles only. */
public interface CandleProgressStore {

    Optional<Instant> lastCandle(String strategyId);

    void record(String strategyId, Instant candleBegin);

    /** The start of the last candle of every strategy that has acted on one. */
    Map<String, Instant> lastCandles();
}
