package io.algomoex.collector.application;

import io.algomoex.collector.domain.CandleRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Candles of one read, in time order.
 *
 * @param candles at most the read's limit
 * @param nextFrom the begin of the first candle left out, the {@code from} of the next page; empty when none was
 */
public record CandlePage(List<CandleRow> candles, Optional<Instant> nextFrom) {

    public CandlePage {
        candles = List.copyOf(candles);
    }
}
