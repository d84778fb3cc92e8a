package io.algomoex.engine.model;

import io.algomoex.common.market.csv.CandleColumns;
import io.algomoex.common.market.csv.CsvCandle;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Bars of one instrument in time order, held as primitive arrays: start times in UTC epoch seconds, prices and volume
 * as {@code double}, as Backtrader reads them. Immutable; the arrays are copied in.
 */
public final class BarSeries {

    private final long[] times;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final BarDays calendar;
    // Built on first use and shared by every run over the series: orders and reports reuse the same Instants.
    private volatile Instant[] instants;

    private BarSeries(long[] times, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        this.times = times;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.calendar = new BarDays(times);
    }

    /**
     * Bars from arrays of equal length.
     *
     * @param times candle starts in UTC epoch seconds, strictly increasing
     * @throws IllegalArgumentException when lengths differ, times do not increase, or a price is not positive
     */
    public static BarSeries of(
            long[] times, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        int n = times.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("all bar arrays must have the same length");
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException(
                        "bar times must increase: bar " + i + " is not after bar " + (i - 1));
            }
            requirePrice(open[i], "open", i);
            requirePrice(high[i], "high", i);
            requirePrice(low[i], "low", i);
            requirePrice(close[i], "close", i);
        }
        return new BarSeries(times.clone(), open.clone(), high.clone(), low.clone(), close.clone(), volume.clone());
    }

    /** Bars from candles read from a file, in their order; prices become the nearest doubles. */
    public static BarSeries fromCandles(List<CsvCandle> candles) {
        // A file's candles come as columns already; the numbers are read from them without a candle per row.
        CandleColumns columns = candles instanceof CandleColumns read ? read : CandleColumns.of(candles);
        int n = columns.size();
        long[] times = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = columns.beginEpochSecond(i);
            open[i] = columns.open(i);
            high[i] = columns.high(i);
            low[i] = columns.low(i);
            close[i] = columns.close(i);
            volume[i] = columns.volume(i);
        }
        return of(times, open, high, low, close, volume);
    }

    /** The number of bars. */
    public int size() {
        return times.length;
    }

    /** Start of bar {@code i}. */
    public Instant time(int i) {
        Instant[] cached = instants;
        if (cached == null) {
            cached = new Instant[times.length];
            for (int bar = 0; bar < times.length; bar++) {
                cached[bar] = Instant.ofEpochSecond(times[bar]);
            }
            instants = cached;
        }
        return cached[i];
    }

    public double open(int i) {
        return open[i];
    }

    public double high(int i) {
        return high[i];
    }

    public double low(int i) {
        return low[i];
    }

    public double close(int i) {
        return close[i];
    }

    public double volume(int i) {
        return volume[i];
    }

    /** A copy of the closes, for indicators computed over the whole series. */
    public double[] closes() {
        return close.clone();
    }

    /** Bars {@code from} (inclusive) to {@code to} (exclusive) as a series of their own. */
    public BarSeries slice(int from, int to) {
        return new BarSeries(
                Arrays.copyOfRange(times, from, to),
                Arrays.copyOfRange(open, from, to),
                Arrays.copyOfRange(high, from, to),
                Arrays.copyOfRange(low, from, to),
                Arrays.copyOfRange(close, from, to),
                Arrays.copyOfRange(volume, from, to));
    }

    /** The Moscow calendar days of these bars; shared, not copied. */
    public BarDays calendar() {
        return calendar;
    }

    /** The open prices; the series' own array, not copied: callers must not modify it. */
    public double[] openArray() {
        return open;
    }

    /** The high prices; the series' own array, not copied: callers must not modify it. */
    public double[] highArray() {
        return high;
    }

    /** The low prices; the series' own array, not copied: callers must not modify it. */
    public double[] lowArray() {
        return low;
    }

    /** The close prices; the series' own array, not copied: callers must not modify it. */
    public double[] closeArray() {
        return close;
    }

    private static void requirePrice(double price, String name, int bar) {
        if (!(price > 0) || !Double.isFinite(price)) {
            throw new IllegalArgumentException(name + " of bar " + bar + " must be positive and finite, got " + price);
        }
    }
}
