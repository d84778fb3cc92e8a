package io.algomoex.common.market.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The date formats candle files use: ISO and every Finam {@code dtf} (YYYYMMDD, YYMMDD, DDMMYY, DD/MM/YY, MM/DD/YY),
 * plus the Russian DD.MM.YYYY. Declaration order is the preference when a file fits several equally well.
 */
enum DateOrder {
    ISO("yyyy-MM-dd"),
    YYYYMMDD("yyyymmdd"),
    YYMMDD("yymmdd"),
    DDMMYY("ddmmyy"),
    DAY_MONTH_SLASH("dd/mm/yy"),
    MONTH_DAY_SLASH("mm/dd/yy"),
    DAY_MONTH_DOT("dd.mm.yyyy");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    /** The date, or {@code null} when the token does not have this format or names no calendar day. */
    LocalDate parse(String token) {
        try {
            return switch (this) {
                case ISO -> separated(token, '-', 2, 1, 0);
                case YYYYMMDD ->
                    token.length() == 8 ? date(digits(token, 0, 4), digits(token, 4, 2), digits(token, 6, 2)) : null;
                case YYMMDD ->
                    token.length() == 6
                            ? date(year(digits(token, 0, 2)), digits(token, 2, 2), digits(token, 4, 2))
                            : null;
                case DDMMYY ->
                    token.length() == 6
                            ? date(year(digits(token, 4, 2)), digits(token, 2, 2), digits(token, 0, 2))
                            : null;
                case DAY_MONTH_SLASH -> separated(token, '/', 0, 1, 2);
                case MONTH_DAY_SLASH -> separated(token, '/', 1, 0, 2);
                case DAY_MONTH_DOT -> separated(token, '.', 0, 1, 2);
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The format that reads the most tokens. Ties (YYMMDD and DDMMYY, DD/MM and MM/DD often all parse) go to the
     * format under which the dates run forwards, as exports are written in time order, then to the one whose dates lie
     * closest together, then to declaration order.
     *
     * @return the best format, or {@code null} when none reads any token
     */
    static DateOrder detect(List<String> tokens) {
        // Rows of one day repeat its date: each run of equal tokens is parsed once and counted as many times. A
        // repeated date adds no backward step and no spread, so the scores are those of the tokens one by one.
        List<String> distinct = new ArrayList<>();
        List<Integer> repeats = new ArrayList<>();
        for (String token : tokens) {
            if (!distinct.isEmpty() && distinct.getLast().equals(token)) {
                repeats.set(repeats.size() - 1, repeats.getLast() + 1);
            } else {
                distinct.add(token);
                repeats.add(1);
            }
        }
        DateOrder best = null;
        long[] bestScore = null;
        for (DateOrder order : values()) {
            long[] score = order.score(distinct, repeats);
            if (bestScore == null || java.util.Arrays.compare(score, bestScore) < 0) {
                best = order;
                bestScore = score;
            }
        }
        return tokens.isEmpty() || bestScore[0] < tokens.size() ? best : null;
    }

    /**
     * Failures, backward steps and total days between consecutive dates: lower is a better fit. {@code repeats} says
     * how many times in a row each token was written.
     */
    private long[] score(List<String> tokens, List<Integer> repeats) {
        long failures = 0;
        long backwards = 0;
        long spread = 0;
        LocalDate previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            LocalDate date = parse(tokens.get(i));
            if (date == null) {
                failures += repeats.get(i);
                continue;
            }
            if (previous != null) {
                long days = date.toEpochDay() - previous.toEpochDay();
                backwards += days < 0 ? 1 : 0;
                spread += Math.abs(days);
            }
            previous = date;
        }
        return new long[] {failures, backwards, spread};
    }

    @Override
    public String toString() {
        return label;
    }

    private static LocalDate separated(String token, char separator, int dayPart, int monthPart, int yearPart) {
        String[] parts = threeParts(token, separator);
        if (parts == null) {
            return null;
        }
        String yearText = parts[yearPart];
        if (yearText.length() != 2 && yearText.length() != 4
                || parts[dayPart].length() > 2
                || parts[monthPart].length() > 2) {
            return null;
        }
        int year = digits(yearText, 0, yearText.length());
        return date(
                yearText.length() == 2 ? year(year) : year,
                digits(parts[monthPart], 0, parts[monthPart].length()),
                digits(parts[dayPart], 0, parts[dayPart].length()));
    }

    /**
     * The token cut at {@code separator} into exactly three parts, or {@code null}: what {@code String.split} with a
     * limit of -1 gives, without compiling a pattern for every row (that dominated reading a large file).
     */
    private static String[] threeParts(String token, char separator) {
        int first = token.indexOf(separator);
        int second = first < 0 ? -1 : token.indexOf(separator, first + 1);
        if (second < 0 || token.indexOf(separator, second + 1) >= 0) {
            return null;
        }
        return new String[] {token.substring(0, first), token.substring(first + 1, second), token.substring(second + 1)
        };
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Two-digit years follow POSIX {@code strptime}: 69-99 are 1969-1999, 00-68 are 2000-2068. */
    private static int year(int twoDigits) {
        return twoDigits >= 69 ? 1900 + twoDigits : 2000 + twoDigits;
    }

    static int digits(String text, int from, int length) {
        if (length == 0 || from + length > text.length()) {
            throw new NumberFormatException("too short: " + text);
        }
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit in " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
