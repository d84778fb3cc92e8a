package io.algomoex.common.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One OHLCV candle of an instrument, keyed by instrument, timeframe and {@code begin}.
 *
 * <p>Invariants, checked on construction: prices are positive (see {@link Price}); high is at least open, close and
 * low; low is at most open and close; volume is not negative; turnover, when known, is not negative.
 *
 * @param instrument the instrument
 * @param timeframe the candle length
 * @param begin start of the candle in UTC (ISS and Finam write Moscow time; adapters convert at the edge)
 * @param open first trade price
 * @param high highest trade price
 * @param low lowest trade price
 * @param close last trade price
 * @param volume traded volume in units (shares or contracts), zero or more
 * @param value turnover in the instrument's currency, or {@code null} when the source does not give it
 */
public record Candle(
        Instrument instrument,
        Timeframe timeframe,
        Instant begin,
        Price open,
        Price high,
        Price low,
        Price close,
        long volume,
        BigDecimal value) {

    public Candle {
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(begin, "begin is required");
        Objects.requireNonNull(open, "open is required");
        Objects.requireNonNull(high, "high is required");
        Objects.requireNonNull(low, "low is required");
        Objects.requireNonNull(close, "close is required");
        String violation = violation(open, high, low, close, volume, value);
        if (violation != null) {
            throw new InvalidCandleException(instrument + " " + timeframe + " " + begin + ": " + violation);
        }
    }

    /**
     * Names the first candle invariant the given values break, or returns {@code null} when they keep all of them.
     * Importers use this to reject a row with a reason instead of an exception.
     */
    public static String violation(Price open, Price high, Price low, Price close, long volume, BigDecimal value) {
        if (high.compareTo(open) < 0 || high.compareTo(close) < 0) {
            return "high " + high + " is below open " + open + " or close " + close;
        }
        if (low.compareTo(open) > 0 || low.compareTo(close) > 0) {
            return "low " + low + " is above open " + open + " or close " + close;
        }
        if (high.compareTo(low) < 0) {
            return "high " + high + " is below low " + low;
        }
        if (volume < 0) {
            return "volume " + volume + " is negative";
        }
        if (value != null && value.signum() < 0) {
            return "value " + value.toPlainString() + " is negative";
        }
        return null;
    }

    /** The start of the next candle: the moment this one is complete. */
    public Instant end() {
        return timeframe.nextBegin(begin);
    }
}
