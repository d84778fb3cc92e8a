package io.algomoex.common.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A candle is complete and stored: its end has passed and it will not change. Strategies act on these.
 *
 * @param secid security code
 * @param board trading board
 * @param timeframe written timeframe, for example {@code 1h}
 * @param begin candle start, UTC
 * @param open open price
 * @param high high price
 * @param low low price
 * @param close close price
 * @param volume volume in units
 */
public record CandleClosed(
        String secid,
        String board,
        String timeframe,
        Instant begin,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        long volume)
        implements EventPayload {

    public CandleClosed {
        Objects.requireNonNull(secid, "secid is required");
        Objects.requireNonNull(board, "board is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(begin, "begin is required");
        Objects.requireNonNull(open, "open is required");
        Objects.requireNonNull(high, "high is required");
        Objects.requireNonNull(low, "low is required");
        Objects.requireNonNull(close, "close is required");
    }

    @Override
    public EventType type() {
        return EventType.CANDLE_CLOSED;
    }
}
