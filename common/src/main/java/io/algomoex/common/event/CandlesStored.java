package io.algomoex.common.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A batch of candles of one series was written.
 *
 * @param secid security code
 * @param board trading board
 * @param timeframe written timeframe
 * @param first begin of the earliest candle in the batch, UTC
 * @param last begin of the latest candle in the batch, UTC
 * @param stored candles inserted or changed by the batch
 * @param duplicates candles in the batch that were already stored unchanged
 */
public record CandlesStored(
        String secid, String board, String timeframe, Instant first, Instant last, long stored, long duplicates)
        implements EventPayload {

    public CandlesStored {
        Objects.requireNonNull(secid, "secid is required");
        Objects.requireNonNull(board, "board is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(first, "first is required");
        Objects.requireNonNull(last, "last is required");
        if (stored < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
    }

    @Override
    public EventType type() {
        return EventType.CANDLES_STORED;
    }
}
