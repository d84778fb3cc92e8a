package io.algomoex.collector.domain;

import java.util.List;

/**
 * What one stored batch did.
 *
 * @param stored candles inserted or changed
 * @param duplicates valid candles that were already stored with the same values, or repeated within the batch
 * @param rejected rows left out because they break a candle invariant
 * @param changed the inserted or changed candles, in time order; empty unless the caller asked for them
 */
public record StoreOutcome(long stored, long duplicates, List<RejectedCandle> rejected, List<CandleRow> changed) {

    public StoreOutcome {
        if (stored < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        rejected = List.copyOf(rejected);
        changed = List.copyOf(changed);
    }

    public static StoreOutcome empty() {
        return new StoreOutcome(0, 0, List.of(), List.of());
    }
}
