package io.algomoex.common.market.csv;

import io.algomoex.common.market.Timeframe;
import java.util.Objects;
import java.util.Optional;

/**
 * How to interpret a candle file.
 *
 * @param timeMark whether times name candle starts or ends, never null
 * @param timeframe the candle length when the caller knows it, or {@code null} to infer it from the file (Finam
 *     {@code <PER>} column, otherwise the usual spacing of the rows). Needed only to turn end times into starts.
 */
public record CsvReadOptions(TimeMark timeMark, Timeframe timeframe) {

    /** Times are candle starts; timeframe inferred. */
    public static final CsvReadOptions DEFAULTS = new CsvReadOptions(TimeMark.START, null);

    public CsvReadOptions {
        Objects.requireNonNull(timeMark, "time mark is required");
    }

    /** The timeframe given by the caller, if any. */
    public Optional<Timeframe> knownTimeframe() {
        return Optional.ofNullable(timeframe);
    }
}
