package io.algomoex.common.market.csv;

import java.util.Locale;

/** Which moment of a candle a file's time column names. Finam calls this {@code MSOR}: 0 start, 1 end. */
public enum TimeMark {
    /** The time is the candle's start (Finam MSOR=0, ISS {@code begin}). */
    START,
    /** The time is the candle's end (Finam MSOR=1); the reader subtracts the timeframe to find the start. */
    END;

    /**
     * Parses {@code start} or {@code end}, ignoring case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static TimeMark parse(String text) {
        if (text != null) {
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "start" -> {
                    return START;
                }
                case "end" -> {
                    return END;
                }
                default -> {}
            }
        }
        throw new IllegalArgumentException("time mark must be 'start' or 'end', got '" + text + "'");
    }
}
