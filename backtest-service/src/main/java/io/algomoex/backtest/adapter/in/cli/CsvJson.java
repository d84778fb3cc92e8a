package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.common.market.csv.RejectedRow;
import java.util.List;

/** What the reader found in the file, including the rows it dropped; the timeframe is {@code null} when unknown. */
record CsvJson(
        String format,
        String timeMark,
        String timeframe,
        int candles,
        int duplicates,
        int outOfOrder,
        List<RejectedRow> rejected) {

    static CsvJson of(CsvCandles csv) {
        return new CsvJson(
                csv.format().name(),
                csv.timeMark().name(),
                csv.timeframe() == null ? null : csv.timeframe().code(),
                csv.candles().size(),
                csv.duplicates(),
                csv.outOfOrder(),
                csv.rejected());
    }
}
