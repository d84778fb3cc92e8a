package io.algomoex.collector.domain;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored candle series and its extent.
 *
 * @param instrument the instrument
 * @param timeframe the candle timeframe
 * @param first begin of the earliest stored candle, UTC
 * @param last begin of the latest stored candle, UTC
 * @param count number of stored candles
 */
public record StoredSeries(Instrument instrument, Timeframe timeframe, Instant first, Instant last, long count) {

    public StoredSeries {
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(first, "first is required");
        Objects.requireNonNull(last, "last is required");
        if (count <= 0) {
            throw new IllegalArgumentException("a stored series has at least one candle, got " + count);
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
    }
}
