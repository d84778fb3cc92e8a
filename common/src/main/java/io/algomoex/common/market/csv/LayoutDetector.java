package io.algomoex.common.market.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Recognises the layout from the first line: a Finam header, a named header, or a Finam row without a header. */
final class LayoutDetector {

    private static final char[] SEPARATORS = {';', ',', '\t', ' ', '|'};

    private LayoutDetector() {}

    static CsvLayout detect(String firstLine, String source) {
        String line = firstLine.strip();
        if (line.startsWith("<")) {
            return finamHeader(line, source);
        }
        char separator = likelySeparator(line);
        String[] names = line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (Character.isLetter(firstLetterOrDigit(names[0]))) {
            boolean looksLikeTicker = names.length >= 3 && Character.isDigit(firstLetterOrDigit(names[2]));
            if (!looksLikeTicker) {
                return NamedHeader.layout(names, separator, source);
            }
        }
        return headerless(names.length, separator, source);
    }

    private static CsvLayout finamHeader(String line, String source) {
        int close = line.indexOf('>');
        if (close < 0 || close + 1 >= line.length()) {
            throw new MalformedCsvException(source, 1, "Finam header '" + line + "' has fewer than two columns");
        }
        char separator = line.charAt(close + 1);
        String[] names = line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name =
                    names[i].strip().toUpperCase(Locale.ROOT).replace("<", "").replace(">", "");
            index.putIfAbsent(name, i);
        }
        Integer date = index.get("DATE");
        Integer time = index.get("TIME");
        Integer closeColumn = index.containsKey("CLOSE") ? index.get("CLOSE") : index.get("LAST");
        if (date == null || time == null || closeColumn == null) {
            throw new MalformedCsvException(
                    source, 1, "Finam header '" + line + "' lacks <DATE>, <TIME> or a <CLOSE>/<LAST> column");
        }
        boolean ohlc = index.containsKey("OPEN") && index.containsKey("HIGH") && index.containsKey("LOW");
        return new CsvLayout(
                CsvFormat.FINAM,
                separator,
                true,
                names.length,
                date,
                time,
                ohlc ? index.get("OPEN") : closeColumn,
                ohlc ? index.get("HIGH") : closeColumn,
                ohlc ? index.get("LOW") : closeColumn,
                closeColumn,
                index.getOrDefault("VOL", -1),
                -1,
                index.getOrDefault("PER", -1));
    }

    /** Finam rows without a header, in the two record formats a robust client requests (datf 1 and 5). */
    private static CsvLayout headerless(int fields, char separator, String source) {
        return switch (fields) {
            case 9, 10 -> new CsvLayout(CsvFormat.FINAM, separator, false, fields, 2, 3, 4, 5, 6, 7, 8, -1, 1);
            case 7 -> new CsvLayout(CsvFormat.FINAM, separator, false, fields, 0, 1, 2, 3, 4, 5, 6, -1, -1);
            default ->
                throw new MalformedCsvException(
                        source,
                        1,
                        "no recognised header and " + fields + " fields; expected a Finam header (<DATE>;<TIME>;...),"
                                + " an ISS header (open,close,high,low,value,volume,begin,end),"
                                + " a plain header (time,open,high,low,close,volume),"
                                + " or Finam rows of 7 or 9 fields");
        };
    }

    static char likelySeparator(String line) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : SEPARATORS) {
            int count = 0;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == candidate) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static char firstLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }
}
