package io.algomoex.common.market.csv;

import java.util.Arrays;

/**
 * Where each value sits in a row. Indexes are 0-based; {@code -1} marks a column the file does not have. When the
 * file has one combined date-time column, {@code time} is {@code -1} and {@code date} holds it. Close-only and tick
 * files point open, high and low at the close (or last-price) column.
 */
record CsvLayout(
        CsvFormat format,
        char separator,
        boolean header,
        int fields,
        int date,
        int time,
        int open,
        int high,
        int low,
        int close,
        int volume,
        int value,
        int period) {

    /** Splits a row at the separator; trims each field and drops surrounding double quotes. */
    String[] split(String line) {
        String[] parts = new String[fields];
        int count = 0;
        int start = 0;
        while (true) {
            int at = line.indexOf(separator, start);
            if (count == parts.length) {
                parts = Arrays.copyOf(parts, 2 * count + 1);
            }
            parts[count++] = clean(at < 0 ? line.substring(start) : line.substring(start, at));
            if (at < 0) {
                break;
            }
            start = at + 1;
        }
        // Some writers end every row with a separator; the empty last field carries nothing.
        if (count == fields + 1 && parts[fields].isEmpty()) {
            count = fields;
        }
        return count == parts.length ? parts : Arrays.copyOf(parts, count);
    }

    /** Field {@code index} of a row as {@link #split} gives it, or {@code null} when the row has fewer fields. */
    String field(String line, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            int at = line.indexOf(separator, start);
            if (at < 0) {
                return null;
            }
            start = at + 1;
        }
        int end = line.indexOf(separator, start);
        return clean(end < 0 ? line.substring(start) : line.substring(start, end));
    }

    private static String clean(String field) {
        String trimmed = field.strip();
        if (trimmed.length() >= 2 && trimmed.charAt(0) == '"' && trimmed.charAt(trimmed.length() - 1) == '"') {
            return trimmed.substring(1, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
