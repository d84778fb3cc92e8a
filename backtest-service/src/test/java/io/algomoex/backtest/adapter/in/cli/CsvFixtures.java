package io.algomoex.backtest.adapter.in.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Candle files generated for the tests: a smooth wave with noise, so that moving averages cross many times. */
final class CsvFixtures {

    private static final DateTimeFormatter FINAM_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter FINAM_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter ISS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvFixtures() {}

    /** A Finam datf=5 export ({@code <DATE>;<TIME>;<OPEN>;...}) of hourly bars, nine a day from 10:00. */
    static Path finam(Path folder, String name, int bars) {
        List<String> lines = new ArrayList<>();
        lines.add("<DATE>;<TIME>;<OPEN>;<HIGH>;<LOW>;<CLOSE>;<VOL>");
        for (int i = 0; i < bars; i++) {
            LocalDateTime time = hour(i);
            double open = price(i - 0.5);
            double close = price(i);
            lines.add(String.format(
                    Locale.ROOT,
                    "%s;%s;%.7f;%.7f;%.7f;%.7f;%d",
                    FINAM_DATE.format(time),
                    FINAM_TIME.format(time),
                    open,
                    Math.max(open, close) + 0.05,
                    Math.min(open, close) - 0.05,
                    close,
                    1000 + i));
        }
        return write(folder.resolve(name), lines);
    }

    /** The same bars as ISS candle columns ({@code open,close,high,low,value,volume,begin,end}). */
    static Path iss(Path folder, String name, int bars) {
        List<String> lines = new ArrayList<>();
        lines.add("open,close,high,low,value,volume,begin,end");
        for (int i = 0; i < bars; i++) {
            LocalDateTime time = hour(i);
            double open = price(i - 0.5);
            double close = price(i);
            lines.add(String.format(
                    Locale.ROOT,
                    "%.2f,%.2f,%.2f,%.2f,%.1f,%d,%s,%s",
                    open,
                    close,
                    Math.max(open, close) + 0.05,
                    Math.min(open, close) - 0.05,
                    close * 1000,
                    1000,
                    ISS_TIME.format(time),
                    ISS_TIME.format(time.plusMinutes(59).plusSeconds(59))));
        }
        return write(folder.resolve(name), lines);
    }

    static Path write(Path file, List<String> lines) {
        try {
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDateTime hour(int i) {
        return LocalDateTime.of(2024, 1, 8, 10, 0).plusDays(i / 9).plusHours(i % 9);
    }

    private static double price(double i) {
        return Math.round((100 + 8 * Math.sin(i / 15.0) + 3 * Math.sin(i / 4.0)) * 100) / 100.0;
    }
}
