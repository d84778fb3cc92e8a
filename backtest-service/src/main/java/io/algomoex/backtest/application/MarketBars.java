package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.CandleHistory;
import io.algomoex.backtest.application.port.CandleHistory.StoredBars;
import io.algomoex.backtest.domain.CandlesNotFoundException;
import io.algomoex.backtest.engine.BarSeries;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Stored candles of Moscow trading days {@code from .. till} as the engine's series; never empty. */
@Component
class MarketBars {

    private final CandleHistory candles;

    MarketBars(CandleHistory candles) {
        this.candles = candles;
    }

    /** @throws CandlesNotFoundException naming the unknown instrument or the empty range */
    BarSeries load(Instrument instrument, Timeframe timeframe, LocalDate from, LocalDate till) {
        Instant start = from.atStartOfDay(Timeframe.MOSCOW).toInstant();
        Instant until = till.plusDays(1).atStartOfDay(Timeframe.MOSCOW).toInstant();
        StoredBars bars = candles.load(instrument, timeframe, start, until);
        if (bars.size() == 0) {
            if (!candles.knows(instrument.secid())) {
                throw new CandlesNotFoundException("unknown instrument " + instrument.secid()
                        + ": no candles of it are stored; collect or import them first");
            }
            throw new CandlesNotFoundException(
                    "no " + timeframe + " candles of " + instrument + " between " + from + " and " + till);
        }
        return BarSeries.of(bars.times(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
    }
}
