package io.algomoex.common.market.csv;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks parsed rows against the candle invariants, then sorts them and drops repeated starts. */
final class CandleRows {

    private CandleRows() {}

    /**
     * The row as a candle starting at {@code begin}; {@code null} when it breaks a candle invariant, after the first
     * one it breaks was added to {@code rejected}. Each price is made once, for the check and the candle.
     */
    static CsvCandle candleOrReject(ParsedRow row, Instant begin, List<RejectedRow> rejected) {
        String nonPositive = firstNonPositive(row);
        if (nonPositive != null) {
            rejected.add(new RejectedRow(row.line(), nonPositive));
            return null;
        }
        Price open = Price.of(row.open());
        Price high = Price.of(row.high());
        Price low = Price.of(row.low());
        Price close = Price.of(row.close());
        String violation = Candle.violation(open, high, low, close, row.volume(), row.value());
        if (violation != null) {
            rejected.add(new RejectedRow(row.line(), violation));
            return null;
        }
        return new CsvCandle(row.line(), row.written(), begin, open, high, low, close, row.volume(), row.value());
    }

    /** Sorts by start (stable, so file order decides among equal starts) and keeps the first row of each start. */
    static CsvCandles ordered(
            String source,
            CsvFormat format,
            TimeMark mark,
            Timeframe timeframe,
            List<CsvCandle> candles,
            List<RejectedRow> rejected) {
        int outOfOrder = 0;
        Instant latest = null;
        for (CsvCandle candle : candles) {
            if (latest != null && candle.begin().isBefore(latest)) {
                outOfOrder++;
            } else {
                latest = candle.begin();
            }
        }
        List<CsvCandle> sorted = new ArrayList<>(candles);
        if (outOfOrder > 0) {
            sorted.sort(Comparator.comparing(CsvCandle::begin));
        }
        List<CsvCandle> unique = new ArrayList<>(sorted.size());
        for (CsvCandle candle : sorted) {
            if (unique.isEmpty() || !unique.getLast().begin().equals(candle.begin())) {
                unique.add(candle);
            }
        }
        int duplicates = sorted.size() - unique.size();
        return new CsvCandles(source, format, mark, timeframe, unique, duplicates, outOfOrder, rejected);
    }

    private static String firstNonPositive(ParsedRow row) {
        String[] names = {"open", "high", "low", "close"};
        BigDecimal[] prices = {row.open(), row.high(), row.low(), row.close()};
        for (int i = 0; i < prices.length; i++) {
            if (prices[i].signum() <= 0) {
                return names[i] + " " + prices[i].toPlainString() + " is not positive";
            }
        }
        return null;
    }
}
