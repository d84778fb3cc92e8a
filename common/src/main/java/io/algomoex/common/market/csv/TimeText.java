package io.algomoex.common.market.csv;

import java.time.LocalTime;
import java.time.ZoneOffset;

/** Splits combined date-time text and reads the Finam time formats (HHMMSS, HHMM, HH:MM:SS, HH:MM) and ISO times. */
final class TimeText {

    private TimeText() {}

    /** A combined value split into its parts; {@code offset} is null when the text names no zone. */
    record Parts(String date, String time, ZoneOffset offset) {

        Parts {
            java.util.Objects.requireNonNull(date, "date is required");
            java.util.Objects.requireNonNull(time, "time is required");
        }
    }

    static Parts split(String combined) {
        int at = combined.indexOf(' ');
        if (at < 0) {
            at = combined.indexOf('T');
        }
        if (at < 0) {
            return new Parts(combined, "", null);
        }
        String time = combined.substring(at + 1).strip();
        ZoneOffset offset = null;
        if (time.endsWith("Z")) {
            offset = ZoneOffset.UTC;
            time = time.substring(0, time.length() - 1);
        } else {
            int sign = Math.max(time.lastIndexOf('+'), time.lastIndexOf('-'));
            if (sign > 0) {
                offset = ZoneOffset.of(time.substring(sign));
                time = time.substring(0, sign);
            }
        }
        return new Parts(combined.substring(0, at), time, offset);
    }

    /** The time of day, or {@code null} when the token is in no known format. An empty token is midnight. */
    static LocalTime parse(String token) {
        try {
            if (token.isEmpty()) {
                return LocalTime.MIDNIGHT;
            }
            return token.indexOf(':') < 0 ? compact(token) : withColons(token);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Finam {@code HHMMSS} and {@code HHMM}. */
    private static LocalTime compact(String token) {
        return switch (token.length()) {
            case 6 -> LocalTime.of(two(token, 0), two(token, 2), two(token, 4));
            case 4 -> LocalTime.of(two(token, 0), two(token, 2));
            default -> null;
        };
    }

    /** {@code H:MM}, {@code HH:MM}, {@code HH:MM:SS} and ISO fractions of a second. */
    private static LocalTime withColons(String token) {
        String[] parts = token.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].length() > 2 || parts[1].length() != 2) {
            return null;
        }
        int hour = DateOrder.digits(parts[0], 0, parts[0].length());
        int minute = two(parts[1], 0);
        if (parts.length == 2) {
            return LocalTime.of(hour, minute);
        }
        String seconds = parts[2];
        int nanos = 0;
        int dot = seconds.indexOf('.');
        if (dot >= 0) {
            nanos = DateOrder.digits((seconds.substring(dot + 1) + "000000000").substring(0, 9), 0, 9);
            seconds = seconds.substring(0, dot);
        }
        return seconds.length() == 2 ? LocalTime.of(hour, minute, two(seconds, 0), nanos) : null;
    }

    private static int two(String text, int from) {
        return DateOrder.digits(text, from, 2);
    }
}
