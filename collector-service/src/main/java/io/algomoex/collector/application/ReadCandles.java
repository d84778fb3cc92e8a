package io.algomoex.collector.application;

import io.algomoex.collector.application.port.CandleStore;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads stored candles, resampled from finer ones when the timeframe is not stored natively. */
@Service
public class ReadCandles {

    private final CandleStore candles;

    ReadCandles(CandleStore candles) {
        this.candles = candles;
    }

    /** Candles with {@code from <= begin < till}, in time order. */
    public List<CandleRow> read(Instrument instrument, Timeframe timeframe, Instant from, Instant till) {
        if (!till.isAfter(from)) {
            throw new IllegalArgumentException("till " + till + " must be after from " + from);
        }
        return candles.candles(instrument, timeframe, from, till);
    }
}
