package io.algomoex.trading.application.port;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.util.List;

/**
 * Closed candles from storage, for warming strategies up before they trade. Candles still forming (provisional) are
 * never returned. New closed candles arrive through the inbound AMQP adapter instead.
 */
public interface MarketDataFeed {

    /** The last {@code count} closed candles of the instrument and timeframe, oldest first; fewer when fewer exist. */
    List<Candle> lastClosed(Instrument instrument, Timeframe timeframe, int count);
}
