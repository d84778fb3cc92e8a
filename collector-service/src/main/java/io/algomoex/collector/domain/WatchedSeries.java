package io.algomoex.collector.domain;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.util.Objects;

/**
 * A series the collector keeps up to date, written {@code SECID:BOARD:TIMEFRAME} in configuration.
 *
 * @param instrument secid and board
 * @param timeframe candle timeframe
 */
public record WatchedSeries(Instrument instrument, Timeframe timeframe) {

    public WatchedSeries {
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
    }

    /**
     * Parses {@code SBER:TQBR:1h}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static WatchedSeries parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int last = trimmed.lastIndexOf(':');
        if (last <= 0) {
            throw new IllegalArgumentException("watched series must be SECID:BOARD:TIMEFRAME, got '" + text + "'");
        }
        return new WatchedSeries(
                Instrument.parse(trimmed.substring(0, last)), Timeframe.parse(trimmed.substring(last + 1)));
    }

    @Override
    public String toString() {
        return instrument + ":" + timeframe.code();
    }
}
