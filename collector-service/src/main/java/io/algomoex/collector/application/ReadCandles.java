package io.algomoex.collector.application;

import io.algomoex.collector.application.port.CandleStore;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Reads stored candles, resampled from finer ones when the timeframe is not stored natively, at most the configured
 * number at a time: a range holding more is answered page by page, so no request loads years of minutes at once.
 */
@Service
public class ReadCandles {

    private final CandleStore candles;
    private final CandleReadSettings settings;

    ReadCandles(CandleStore candles, CandleReadSettings settings) {
        this.candles = candles;
        this.settings = settings;
    }

    /**
     * Candles with {@code from <= begin < till}, in time order, at most {@code limit} of them.
     *
     * @param limit 1 to the configured maximum; {@code null} takes the maximum
     * @throws IllegalArgumentException when {@code till} is not after {@code from} or the limit is out of range
     */
    public CandlePage read(Instrument instrument, Timeframe timeframe, Instant from, Instant till, Integer limit) {
        if (!till.isAfter(from)) {
            throw new IllegalArgumentException("till " + till + " must be after from " + from);
        }
        int size = limit == null ? settings.maxCandles() : limit;
        if (size < 1 || size > settings.maxCandles()) {
            throw new IllegalArgumentException(
                    "limit must be between 1 and " + settings.maxCandles() + ", got " + size);
        }
        // One more than asked names the next page's start without a count.
        List<CandleRow> rows = candles.candles(instrument, timeframe, from, till, size + 1);
        if (rows.size() > size) {
            return new CandlePage(
                    rows.subList(0, size), Optional.of(rows.get(size).begin()));
        }
        return new CandlePage(rows, Optional.empty());
    }
}
