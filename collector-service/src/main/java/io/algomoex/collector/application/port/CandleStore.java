package io.algomoex.collector.application.port;

import io.algomoex.collector.domain.StoredSeries;
import java.util.List;

/** Where candles live (the {@code market.candles} table). */
public interface CandleStore {

    /**
     * Every stored series with its first and last candle and its size, ordered by secid, board and timeframe.
     * Series whose timeframe this version does not know are left out.
     */
    List<StoredSeries> storedSeries();
}
