package io.algomoex.trading.application.port;

import io.algomoex.common.market.Candle;

/**
 * The shared candle table ({@code market.candles}, owned by the collector), for the closed candles a broker stream
 * delivered, so charts and backtests see the bars that were traded.
 */
public interface CandleStore {

    /**
     * Stores a closed candle in the caller's transaction; storing the same candle again changes nothing, and a candle
     * with other values replaces the stored one.
     *
     * @param source where it came from, for example {@code alor}
     */
    void upsert(Candle candle, String source);
}
