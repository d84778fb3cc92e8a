package io.algomoex.collector.application;

import io.algomoex.collector.domain.RejectedCandle;
import java.util.List;

/**
 * The outcome of one CSV import.
 *
 * @param rowsRead data rows in the file (header and blank lines excluded)
 * @param candlesStored candles inserted or changed
 * @param duplicates rows repeating a start within the file plus candles already stored unchanged
 * @param rejected rows breaking a candle invariant, with their line and reason
 */
public record ImportReport(long rowsRead, long candlesStored, long duplicates, List<RejectedCandle> rejected) {

    public ImportReport {
        if (rowsRead < 0 || candlesStored < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        rejected = List.copyOf(rejected);
    }
}
