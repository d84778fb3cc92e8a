package io.algomoex.collector.domain;

import java.util.Objects;

/**
 * A row left out of storage because it breaks a candle invariant.
 *
 * @param line the row's line in its file or response (see {@link CandleRow#line()})
 * @param reason the broken rule
 */
public record RejectedCandle(int line, String reason) {

    public RejectedCandle {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, got " + line);
        }
        Objects.requireNonNull(reason, "reason is required");
    }
}
