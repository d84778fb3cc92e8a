package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.CandleHistory;
import io.algomoex.backtest.application.port.CandleHistory.StoredBars;
import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.backtest.domain.CandlesNotFoundException;
import io.algomoex.common.market.Instrument;
import io.algomoex.engine.model.BarSeries;
import org.springframework.stereotype.Component;

/** Stored candles of a setup's Moscow trading days {@code from .. till} as the engine's series; never empty. */
@Component
class MarketBars {

    private final CandleHistory candles;

    MarketBars(CandleHistory candles) {
        this.candles = candles;
    }

    /** @throws CandlesNotFoundException naming the unknown instrument or the empty range */
    BarSeries load(BacktestSetup setup) {
        Instrument instrument = setup.instrument();
        StoredBars bars = candles.load(instrument, setup.timeframe(), setup.start(), setup.end());
        if (bars.size() == 0) {
            if (!candles.knows(instrument.secid())) {
                throw new CandlesNotFoundException("unknown instrument " + instrument.secid()
                        + ": no candles of it are stored; collect or import them first");
            }
            throw new CandlesNotFoundException("no " + setup.timeframe() + " candles of " + instrument + " between "
                    + setup.from() + " and " + setup.till());
        }
        return BarSeries.of(bars.times(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
    }
}
