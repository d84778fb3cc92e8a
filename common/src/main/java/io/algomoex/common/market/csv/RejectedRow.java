package io.algomoex.common.market.csv;

import java.util.Objects;

/**
 * A well-formed row that was left out because its values break a candle invariant.
 *
 * @param line 1-based line number in the source
 * @param reason the broken rule, for example {@code high 10 is below open 11 or close 10.5}
 */
public record RejectedRow(int line, String reason) {

    public RejectedRow {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, got " + line);
        }
        Objects.requireNonNull(reason, "reason is required");
    }
}
