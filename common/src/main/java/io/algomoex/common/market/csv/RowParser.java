package io.algomoex.common.market.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Turns the fields of one row into numbers and a Moscow local time; any text that does not parse is malformed. */
final class RowParser {

    private static final int MOST_TIMES_KEPT = 4_096;

    private final CsvLayout layout;
    private final DateOrder dateOrder;
    private final String source;
    // Rows of one day repeat its date, and a day's bar times repeat every day: each is read once.
    private String lastDateText;
    private LocalDate lastDate;
    private final Map<String, LocalTime> times = new HashMap<>();

    RowParser(CsvLayout layout, DateOrder dateOrder, String source) {
        this.layout = layout;
        this.dateOrder = dateOrder;
        this.source = source;
    }

    ParsedRow parse(int line, String[] fields) {
        if (fields.length != layout.fields()) {
            throw malformed(
                    line,
                    "expected " + layout.fields() + " fields separated by '" + printable(layout.separator())
                            + "', found " + fields.length);
        }
        LocalDateTime written = time(line, fields);
        return new ParsedRow(
                line,
                written,
                decimal(line, fields, layout.open(), "open"),
                decimal(line, fields, layout.high(), "high"),
                decimal(line, fields, layout.low(), "low"),
                decimal(line, fields, layout.close(), "close"),
                layout.volume() < 0 ? 0 : volume(line, fields[layout.volume()]),
                layout.value() < 0 ? null : decimal(line, fields, layout.value(), "value"),
                layout.period() < 0 ? null : fields[layout.period()]);
    }

    /**
     * The date token of a row, as the date-format detector needs it: the date part of a combined date-time (all of it
     * when it cannot be split), and the empty token when the row has no date field.
     */
    String dateToken(String line) {
        String date = layout.field(line, layout.date());
        if (date == null) {
            return "";
        }
        if (layout.time() >= 0) {
            return date;
        }
        TimeText.Parts parts = splitCombined(date);
        return parts == null ? date : parts.date();
    }

    private LocalDateTime time(int line, String[] fields) {
        String dateText = fields[layout.date()];
        String timeText;
        ZoneOffset offset = null;
        if (layout.time() < 0) {
            TimeText.Parts parts = splitCombined(dateText);
            if (parts == null) {
                throw malformed(line, "time '" + dateText + "' has an unreadable zone offset");
            }
            dateText = parts.date();
            timeText = parts.time();
            offset = parts.offset();
        } else {
            timeText = fields[layout.time()];
        }
        LocalDate date = date(dateText);
        if (date == null) {
            throw malformed(
                    line,
                    "date '" + dateText + "' is not in the file's date format "
                            + (dateOrder == null ? "(none detected)" : dateOrder));
        }
        LocalTime time = time(timeText);
        if (time == null) {
            throw malformed(line, "time '" + timeText + "' is not HHMMSS, HHMM, HH:MM:SS or HH:MM");
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        return offset == null
                ? local
                : local.atOffset(offset)
                        .atZoneSameInstant(io.algomoex.common.market.Timeframe.MOSCOW)
                        .toLocalDateTime();
    }

    private LocalDate date(String text) {
        if (!text.equals(lastDateText)) {
            lastDate = dateOrder == null ? null : dateOrder.parse(text);
            lastDateText = text;
        }
        return lastDate;
    }

    private LocalTime time(String text) {
        LocalTime time = times.get(text);
        if (time == null) {
            time = TimeText.parse(text);
            if (time != null && times.size() < MOST_TIMES_KEPT) {
                times.put(text, time);
            }
        }
        return time;
    }

    private static TimeText.Parts splitCombined(String text) {
        try {
            return TimeText.split(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private BigDecimal decimal(int line, String[] fields, int column, String name) {
        String text = fields[column];
        try {
            return new BigDecimal(normaliseNumber(text));
        } catch (NumberFormatException e) {
            throw malformed(line, name + " '" + text + "' is not a number");
        }
    }

    private long volume(int line, String text) {
        try {
            BigDecimal volume = new BigDecimal(normaliseNumber(text)).stripTrailingZeros();
            if (volume.scale() > 0) {
                throw malformed(line, "volume '" + text + "' is not a whole number");
            }
            return volume.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw malformed(line, "volume '" + text + "' is not a whole number within range");
        }
    }

    /**
     * Drops digit-group marks (Finam {@code sep2}: apostrophe, space, no-break space) and reads a lone decimal comma
     * as a point when commas do not separate fields.
     */
    private String normaliseNumber(String text) {
        String number = text;
        if (number.indexOf('\'') >= 0 || number.indexOf('\u00a0') >= 0) {
            number = number.replace("'", "").replace("\u00a0", "");
        }
        if (layout.separator() != ' ' && number.indexOf(' ') >= 0) {
            number = number.replace(" ", "");
        }
        if (layout.separator() != ',' && number.indexOf('.') < 0 && number.indexOf(',') == number.lastIndexOf(',')) {
            number = number.replace(',', '.');
        }
        return number;
    }

    private MalformedCsvException malformed(int line, String problem) {
        return new MalformedCsvException(source, line, problem);
    }

    private static String printable(char separator) {
        return switch (separator) {
            case '\t' -> "\\t";
            case ' ' -> "space";
            default -> String.valueOf(separator);
        };
    }
}
