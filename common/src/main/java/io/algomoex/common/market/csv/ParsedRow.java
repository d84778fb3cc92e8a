package io.algomoex.common.market.csv;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** A row whose text parsed, before candle invariants are checked. {@code period} is Finam's {@code <PER>}, or null. */
record ParsedRow(
        int line,
        LocalDateTime written,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        long volume,
        BigDecimal value,
        String period) {

    ParsedRow {
        Objects.requireNonNull(written, "written time is required");
        Objects.requireNonNull(open, "open is required");
        Objects.requireNonNull(high, "high is required");
        Objects.requireNonNull(low, "low is required");
        Objects.requireNonNull(close, "close is required");
    }
}
