package io.algomoex.trading.application;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.MarketDataFeed;
import java.util.ArrayList;
import java.util.List;

/** Stored candles in memory, as market.candles holds them. */
class InMemoryMarketDataFeed implements MarketDataFeed {

    private final List<Candle> stored = new ArrayList<>();

    void store(List<Candle> candles) {
        stored.addAll(candles);
    }

    @Override
    public List<Candle> lastClosed(Instrument instrument, Timeframe timeframe, int count) {
        List<Candle> matching = stored.stream()
                .filter(candle -> candle.instrument().equals(instrument) && candle.timeframe() == timeframe)
                .toList();
        return matching.subList(Math.max(0, matching.size() - count), matching.size());
    }
}
