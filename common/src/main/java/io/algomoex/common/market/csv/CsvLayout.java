package io.algomoex.common.market.csv;

import java.util.ArrayList;
import java.util.List;

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
        List<String> parts = new ArrayList<>(fields);
        int start = 0;
        for (int at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, start)) {
            parts.add(clean(line.substring(start, at)));
            start = at + 1;
        }
        parts.add(clean(line.substring(start)));
        // Some writers end every row with a separator; the empty last field carries nothing.
        if (parts.size() == fields + 1 && parts.get(fields).isEmpty()) {
            parts.remove(fields);
        }
        return parts.toArray(String[]::new);
    }

    private static String clean(String field) {
        String trimmed = field.strip();
        if (trimmed.length() >= 2 && trimmed.charAt(0) == '"' && trimmed.charAt(trimmed.length() - 1) == '"') {
            return trimmed.substring(1, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
