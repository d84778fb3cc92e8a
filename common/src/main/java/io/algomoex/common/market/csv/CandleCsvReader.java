package io.algomoex.common.market.csv;

import io.algomoex.common.market.Timeframe;
import java.io.BufferedReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a candle file: Finam exports (any header variant, separator, date and time format), ISS candle CSVs and plain
 * {@code time,open,high,low,close,volume} files, detected from the text.
 *
 * <p>Times are Moscow local time. With {@link TimeMark#END} they are moved to candle starts using the timeframe given
 * in the options or inferred from the file: intraday starts are the end minus the candle length; daily and longer
 * candles start at the period containing the moment just before the end. Rows are returned sorted by start; when a
 * start repeats, the first row in the file wins and the others are counted. Rows breaking a candle invariant are left
 * out and listed with their line and reason. Any line that does not parse stops the read with a {@link
 * MalformedCsvException} naming the source and line.
 */
public final class CandleCsvReader {

    private CandleCsvReader() {}

    /**
     * Reads all candles from {@code reader}; the caller opens and closes it.
     *
     * @param source the name used in messages, usually the file name
     * @throws MalformedCsvException when a line does not parse or the file cannot be interpreted
     * @throws UncheckedIOException when reading fails
     */
    public static CsvCandles read(Reader reader, String source, CsvReadOptions options) {
        List<String> lines = readLines(reader);
        int first = firstNonBlank(lines);
        if (first < 0) {
            return new CsvCandles(
                    source, CsvFormat.EMPTY, options.timeMark(), options.timeframe(), List.of(), 0, 0, List.of());
        }
        CsvLayout layout = LayoutDetector.detect(lines.get(first), source);
        int from = layout.header() ? first + 1 : first;
        RowParser parser = new RowParser(layout, DateOrder.detect(dateTokens(lines, from, layout, source)), source);
        TimeMark mark = layout.format() == CsvFormat.ISS ? TimeMark.START : options.timeMark();
        TimeframeInference inference = new TimeframeInference();
        Timeframe timeframe = options.timeframe();
        CandleColumns candles = new CandleColumns(lines.size() - from);
        List<RejectedRow> rejected = new ArrayList<>();
        // Rows wait here only when their starts need a timeframe that only the whole file reveals.
        List<ParsedRow> waiting = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            // Each line is let go once parsed: a large file is not held as text, rows and candles at once.
            String line = lines.set(i, null);
            if (line.isBlank()) {
                continue;
            }
            ParsedRow row = parser.parse(i + 1, layout.split(line));
            inference.add(row);
            if (timeframe == null && inference.fromPeriodColumn()) {
                timeframe = inference.timeframe();
            }
            if (mark == TimeMark.START || timeframe != null) {
                addCandle(row, mark, timeframe, candles, rejected);
            } else {
                waiting.add(row);
            }
        }
        if (timeframe == null) {
            timeframe = inference.timeframe();
        }
        if (!waiting.isEmpty()) {
            if (timeframe == null) {
                throw new MalformedCsvException(
                        source,
                        0,
                        "candle end times need the timeframe to find candle starts, but"
                                + " none was given and the file does not reveal one (no <PER> column, no regular"
                                + " spacing); give the timeframe or read the times as starts");
            }
            for (ParsedRow row : waiting) {
                addCandle(row, mark, timeframe, candles, rejected);
            }
        }
        return CandleRows.ordered(source, layout.format(), mark, timeframe, candles, rejected);
    }

    private static void addCandle(
            ParsedRow row, TimeMark mark, Timeframe timeframe, CandleColumns candles, List<RejectedRow> rejected) {
        Instant begin = mark == TimeMark.END ? startFromEnd(row.written(), timeframe) : moscow(row.written());
        CandleRows.addOrReject(row, begin, candles, rejected);
    }

    /** The date token of every row, in order, for the date-format detector: all dates decide the format. */
    private static List<String> dateTokens(List<String> lines, int from, CsvLayout layout, String source) {
        RowParser probe = new RowParser(layout, null, source);
        List<String> dates = new ArrayList<>(lines.size() - from);
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                dates.add(probe.dateToken(line));
            }
        }
        return dates;
    }

    private static Instant startFromEnd(LocalDateTime end, Timeframe timeframe) {
        Instant endInstant = moscow(end);
        if (timeframe.isIntraday()) {
            return endInstant.minus(timeframe.nominalLength());
        }
        return timeframe.floor(endInstant.minusSeconds(1));
    }

    private static Instant moscow(LocalDateTime written) {
        return written.atZone(Timeframe.MOSCOW).toInstant();
    }

    private static List<String> readLines(Reader reader) {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<String> lines = new ArrayList<>(buffered.lines().toList());
        if (!lines.isEmpty() && lines.getFirst().startsWith("\uFEFF")) {
            lines.set(0, lines.getFirst().substring(1));
        }
        return lines;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
