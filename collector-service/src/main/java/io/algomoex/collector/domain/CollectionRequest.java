package io.algomoex.collector.domain;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to collect one series over a range of Moscow calendar days, both ends inclusive (as ISS reads them).
 *
 * @param secid security code, upper case
 * @param board trading board, or {@code null} to use the primary board ISS names
 * @param timeframe candle timeframe
 * @param from first day
 * @param till last day
 * @param source where to collect from
 */
public record CollectionRequest(
        String secid, String board, Timeframe timeframe, LocalDate from, LocalDate till, CandleSourceName source) {

    public CollectionRequest {
        if (secid == null || secid.isBlank()) {
            throw new IllegalArgumentException("secid is required");
        }
        board = board == null || board.isBlank() ? null : board.strip();
        // Instrument applies MOEX's alphabet to both codes; they end up in vendor URL paths, so nothing else may pass.
        Instrument checked = new Instrument(secid, board == null ? "CHECK" : board);
        secid = checked.secid();
        board = board == null ? null : checked.board();
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(till, "till is required");
        Objects.requireNonNull(source, "source is required");
        if (till.isBefore(from)) {
            throw new IllegalArgumentException("till " + till + " is before from " + from);
        }
        if (source == CandleSourceName.CSV) {
            throw new IllegalArgumentException("csv files are imported, not collected");
        }
    }
}
