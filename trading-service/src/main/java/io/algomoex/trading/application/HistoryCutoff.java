package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import java.time.Instant;
import java.util.Objects;

/**
 * Where history ends and trading begins: the live loop acts only on candles that close after {@code tradeFrom}; an
 * earlier candle that arrives (a collector back-filling a year on first start, a catch-up after downtime) only warms
 * the strategies up, as the stored candles do. By default {@code tradeFrom} is the moment the service started.
 *
 * @param tradeFrom UTC instant; a candle whose end is at or before it is history
 */
public record HistoryCutoff(Instant tradeFrom) {

    public HistoryCutoff {
        Objects.requireNonNull(tradeFrom, "tradeFrom is required");
    }

    /** True when the candle closed at or before {@link #tradeFrom}. */
    public boolean isHistory(Candle candle) {
        return !candle.timeframe().nextBegin(candle.begin()).isAfter(tradeFrom);
    }
}
