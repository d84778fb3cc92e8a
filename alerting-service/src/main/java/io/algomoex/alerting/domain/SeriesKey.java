package io.algomoex.alerting.domain;

import java.util.Locale;

/**
 * One candle series: instrument and timeframe.
 *
 * @param secid security code, upper case
 * @param board trading board, upper case
 * @param timeframe written timeframe, for example {@code 1m}
 */
public record SeriesKey(String secid, String board, String timeframe) {

    public SeriesKey {
        if (secid == null || secid.isBlank() || board == null || board.isBlank()) {
            throw new IllegalArgumentException("secid and board are required");
        }
        if (timeframe == null || timeframe.isBlank()) {
            throw new IllegalArgumentException("timeframe is required");
        }
        secid = secid.strip().toUpperCase(Locale.ROOT);
        board = board.strip().toUpperCase(Locale.ROOT);
        timeframe = timeframe.strip();
    }

    /** Parses {@code SECID:BOARD:TIMEFRAME}, for example {@code SBER:TQBR:1m}. */
    public static SeriesKey parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a watched series is SECID:BOARD:TIMEFRAME, got '" + text + "'");
        }
        return new SeriesKey(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return secid + ":" + board + ":" + timeframe;
    }
}
