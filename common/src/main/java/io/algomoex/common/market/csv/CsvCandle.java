package io.algomoex.common.market.csv;

import io.algomoex.common.market.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One candle row of a file, with its time both as written and as a UTC start.
 *
 * @param line 1-based line number in the source
 * @param writtenTime the time exactly as written, Moscow local time (a start or an end, see {@link TimeMark})
 * @param begin the candle start in UTC, after end-marked times were moved to the start
 * @param open first trade price
 * @param high highest trade price
 * @param low lowest trade price
 * @param close last trade price
 * @param volume volume in units, zero when the file has no volume column
 * @param value turnover in the instrument's currency, or {@code null} when the file has none (only ISS files do)
 */
public record CsvCandle(
        int line,
        LocalDateTime writtenTime,
        Instant begin,
        Price open,
        Price high,
        Price low,
        Price close,
        long volume,
        BigDecimal value) {

    public CsvCandle {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, got " + line);
        }
        Objects.requireNonNull(writtenTime, "written time is required");
        Objects.requireNonNull(begin, "begin is required");
        Objects.requireNonNull(open, "open is required");
        Objects.requireNonNull(high, "high is required");
        Objects.requireNonNull(low, "low is required");
        Objects.requireNonNull(close, "close is required");
    }
}
