package io.algomoex.trading.domain;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A trading session in exchange-local (Moscow) time, for example the MOEX main session 10:00–18:50.
 *
 * @param start first minute orders are accepted, inclusive
 * @param end when the session closes, exclusive; after {@code start}
 */
public record SessionWindow(LocalTime start, LocalTime end) {

    public SessionWindow {
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(end, "end is required");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a session must end after it starts, got " + start + "-" + end);
        }
    }

    /** Parses {@code HH:mm-HH:mm}, as in {@code 10:00-18:50}. */
    public static SessionWindow parse(String window) {
        String[] bounds = window == null ? new String[0] : window.strip().split("-");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("a session window is 'HH:mm-HH:mm', got '" + window + "'");
        }
        return new SessionWindow(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip()));
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
