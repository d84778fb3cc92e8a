package io.algomoex.common.market.csv;

import io.algomoex.common.market.Timeframe;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The candles of one file in time order, one per start time, with what was dropped on the way.
 *
 * @param source the name the caller gave the input
 * @param format the detected file family
 * @param timeMark how times were interpreted; always {@link TimeMark#START} for ISS files, whose {@code begin} column
 *     is the start by definition
 * @param timeframe the timeframe given or inferred, or {@code null} when neither was possible
 * @param candles valid candles sorted by start; when a start occurs more than once the first row in the file wins
 * @param duplicates rows dropped because an earlier row had the same start
 * @param outOfOrder rows whose start was earlier than a row above them (they are sorted into place)
 * @param rejected rows dropped because they break a candle invariant, in file order
 */
public record CsvCandles(
        String source,
        CsvFormat format,
        TimeMark timeMark,
        Timeframe timeframe,
        List<CsvCandle> candles,
        int duplicates,
        int outOfOrder,
        List<RejectedRow> rejected) {

    public CsvCandles {
        Objects.requireNonNull(source, "source is required");
        Objects.requireNonNull(format, "format is required");
        Objects.requireNonNull(timeMark, "time mark is required");
        // Columns read from a file are already immutable and far smaller than a list of candle objects.
        candles = candles instanceof CandleColumns ? candles : List.copyOf(candles);
        rejected = List.copyOf(rejected);
        if (duplicates < 0 || outOfOrder < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** The timeframe, when known. */
    public Optional<Timeframe> knownTimeframe() {
        return Optional.ofNullable(timeframe);
    }
}
