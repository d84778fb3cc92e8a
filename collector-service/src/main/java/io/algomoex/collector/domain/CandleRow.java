package io.algomoex.collector.domain;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One candle as a source delivered it, before it is known to keep the candle invariants. The store checks it with
 * {@link #violation()} and rejects it with that reason instead of failing the whole batch.
 *
 * @param line where the row came from: the 1-based line of a file, or the 1-based row of a vendor response; 0 for a
 *     candle read back from storage
 * @param begin candle start, UTC
 * @param open first trade price
 * @param high highest trade price
 * @param low lowest trade price
 * @param close last trade price
 * @param volume volume in units (shares, contracts)
 * @param value turnover in the instrument's currency, or {@code null} when the source does not give it
 * @param provisional whether the candle was still forming when it was read (its end is after the read)
 */
public record CandleRow(
        int line,
        Instant begin,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        long volume,
        BigDecimal value,
        boolean provisional) {

    public CandleRow {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, got " + line);
        }
        Objects.requireNonNull(begin, "begin is required");
        Objects.requireNonNull(open, "open is required");
        Objects.requireNonNull(high, "high is required");
        Objects.requireNonNull(low, "low is required");
        Objects.requireNonNull(close, "close is required");
    }

    /** The first candle invariant this row breaks, or {@code null} when it is a valid candle. */
    public String violation() {
        // The common case, a valid candle, is decided with plain comparisons; only a broken one builds the reason.
        if (open.signum() > 0
                && low.signum() > 0
                && volume >= 0
                && (value == null || value.signum() >= 0)
                && high.compareTo(open) >= 0
                && high.compareTo(close) >= 0
                && low.compareTo(open) <= 0
                && low.compareTo(close) <= 0) {
            return null;
        }
        if (open.signum() <= 0 || high.signum() <= 0 || low.signum() <= 0 || close.signum() <= 0) {
            return "prices must be positive, got open " + open.toPlainString() + " high " + high.toPlainString()
                    + " low " + low.toPlainString() + " close " + close.toPlainString();
        }
        return Candle.violation(Price.of(open), Price.of(high), Price.of(low), Price.of(close), volume, value);
    }
}
