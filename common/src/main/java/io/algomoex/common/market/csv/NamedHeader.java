package io.algomoex.common.market.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps a header of plain column names (ISS candles, plain OHLCV) to a layout, by name and never by position. */
final class NamedHeader {

    private static final List<String> TIME_NAMES = List.of("begin", "time", "datetime", "timestamp", "tradedate");

    private NamedHeader() {}

    static CsvLayout layout(String[] names, char separator, String source) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip().replace("\"", "").replace("<", "").replace(">", "");
            index.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        }
        int date;
        int time = -1;
        if (index.containsKey("date") && index.containsKey("time")) {
            date = index.get("date");
            time = index.get("time");
        } else {
            date = TIME_NAMES.stream()
                    .filter(index::containsKey)
                    .map(index::get)
                    .findFirst()
                    .orElse(index.getOrDefault("date", -1));
        }
        int open = index.getOrDefault("open", -1);
        int high = index.getOrDefault("high", -1);
        int low = index.getOrDefault("low", -1);
        int close = index.getOrDefault("close", -1);
        if (date < 0 || open < 0 || high < 0 || low < 0 || close < 0) {
            throw new MalformedCsvException(
                    source,
                    1,
                    "header '" + String.join(String.valueOf(separator), names)
                            + "' needs a time column (begin, time, datetime, timestamp or date)"
                            + " and open, high, low and close columns");
        }
        int volume = index.containsKey("volume") ? index.get("volume") : index.getOrDefault("vol", -1);
        int value = index.getOrDefault("value", -1);
        CsvFormat format = index.containsKey("begin") ? CsvFormat.ISS : CsvFormat.PLAIN;
        return new CsvLayout(
                format, separator, true, names.length, date, time, open, high, low, close, volume, value, -1);
    }
}
