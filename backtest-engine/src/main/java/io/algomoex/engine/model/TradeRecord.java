package io.algomoex.engine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A closed trade: from the fill that opened a position to the fill that made it flat (or reversed it).
 *
 * @param entryTime time of the opening fill
 * @param entryPrice average price of the position when it was closed
 * @param exitTime time of the closing fill
 * @param exitPrice price of the closing fill
 * @param size largest position of the trade in units, negative for a short
 * @param barsHeld bars from the entry fill to the exit fill (Backtrader's {@code barlen})
 * @param grossProfit realised profit before commission
 * @param commission commission of the trade's entry and exit fills
 * @param netProfit {@code grossProfit - commission}
 */
public record TradeRecord(
        Instant entryTime,
        double entryPrice,
        Instant exitTime,
        double exitPrice,
        double size,
        int barsHeld,
        double grossProfit,
        double commission,
        double netProfit) {

    public TradeRecord {
        Objects.requireNonNull(entryTime, "entry time is required");
        Objects.requireNonNull(exitTime, "exit time is required");
        if (barsHeld < 0) {
            throw new IllegalArgumentException("bars held must not be negative, got " + barsHeld);
        }
    }
}
