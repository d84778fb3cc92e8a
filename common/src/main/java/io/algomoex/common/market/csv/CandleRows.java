package io.algomoex.common.market.csv;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Price;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Checks parsed rows against the candle invariants, then sorts them and drops repeated starts. */
final class CandleRows {

    private CandleRows() {}

    /**
     * Adds the row to {@code candles} as a candle starting at {@code begin}, or, when it breaks a candle invariant, the
     * first one it breaks to {@code rejected}. Each price is made once, for the check and the candle.
     */
    static void addOrReject(ParsedRow row, Instant begin, CandleColumns candles, List<RejectedRow> rejected) {
        String nonPositive = firstNonPositive(row);
        if (nonPositive != null) {
            rejected.add(new RejectedRow(row.line(), nonPositive));
            return;
        }
        Price[] prices = {Price.of(row.open()), Price.of(row.high()), Price.of(row.low()), Price.of(row.close())};
        String violation = Candle.violation(prices[0], prices[1], prices[2], prices[3], row.volume(), row.value());
        if (violation != null) {
            rejected.add(new RejectedRow(row.line(), violation));
            return;
        }
        candles.add(row.line(), row.written(), begin, prices, row.volume(), row.value());
    }

    /** Sorts by start (stable, so file order decides among equal starts) and keeps the first row of each start. */
    static CsvCandles ordered(
            String source,
            CsvFormat format,
            TimeMark mark,
            Timeframe timeframe,
            CandleColumns candles,
            List<RejectedRow> rejected) {
        int size = candles.size();
        int outOfOrder = 0;
        int latest = -1;
        for (int i = 0; i < size; i++) {
            if (latest >= 0 && candles.compareBegins(i, latest) < 0) {
                outOfOrder++;
            } else {
                latest = i;
            }
        }
        // A stream of indexes sorts stably.
        int[] order = outOfOrder == 0
                ? IntStream.range(0, size).toArray()
                : IntStream.range(0, size)
                        .boxed()
                        .sorted(candles::compareBegins)
                        .mapToInt(Integer::intValue)
                        .toArray();
        int[] unique = new int[size];
        int kept = 0;
        for (int index : order) {
            if (kept == 0 || candles.compareBegins(unique[kept - 1], index) != 0) {
                unique[kept++] = index;
            }
        }
        int duplicates = order.length - kept;
        CandleColumns result =
                outOfOrder == 0 && duplicates == 0 ? candles : candles.select(Arrays.copyOf(unique, kept));
        return new CsvCandles(source, format, mark, timeframe, result, duplicates, outOfOrder, rejected);
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
