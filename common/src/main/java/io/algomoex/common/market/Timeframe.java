package io.algomoex.common.market;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Candle timeframes, written the same everywhere (REST, CLI, configuration, metrics): {@code 1m 5m 10m 15m 30m 1h
 * 1d 1w 1mo 1q}.
 *
 * <p>Intraday timeframes have a fixed length. Daily and longer ones follow the Moscow calendar: a daily candle starts
 * at Moscow midnight, a weekly one on Monday, a monthly one on the first of the month, a quarterly one on the first
 * day of the quarter.
 */
public enum Timeframe {
    M1("1m", Duration.ofMinutes(1), 1),
    M5("5m", Duration.ofMinutes(5), -1),
    M10("10m", Duration.ofMinutes(10), 10),
    M15("15m", Duration.ofMinutes(15), -1),
    M30("30m", Duration.ofMinutes(30), -1),
    H1("1h", Duration.ofHours(1), 60),
    D1("1d", Duration.ofDays(1), 24),
    W1("1w", Duration.ofDays(7), 7),
    MO1("1mo", Duration.ofDays(31), 31),
    Q1("1q", Duration.ofDays(92), 4);

    /** MOEX trades and stamps its candles in Moscow time. */
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final String code;
    private final Duration nominalLength;
    private final int issInterval;

    Timeframe(String code, Duration nominalLength, int issInterval) {
        this.code = code;
        this.nominalLength = nominalLength;
        this.issInterval = issInterval;
    }

    /** The written form, for example {@code 1h}. */
    public String code() {
        return code;
    }

    /**
     * The length of one candle. Exact for intraday, daily and weekly timeframes; for months and quarters it is the
     * longest possible length, use {@link #nextBegin(Instant)} for the exact end.
     */
    public Duration nominalLength() {
        return nominalLength;
    }

    /** Whether the timeframe has a fixed length shorter than a day. */
    public boolean isIntraday() {
        return nominalLength.compareTo(Duration.ofDays(1)) < 0;
    }

    /** The ISS {@code interval} parameter, or empty when ISS has no native candles of this timeframe. */
    public OptionalInt issInterval() {
        return issInterval > 0 ? OptionalInt.of(issInterval) : OptionalInt.empty();
    }

    /** The start of the candle that contains {@code time}. */
    public Instant floor(Instant time) {
        if (isIntraday()) {
            // Moscow has been UTC+3 all year since 2014, so intraday candles align on UTC minutes too.
            long seconds = nominalLength.toSeconds();
            return Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), seconds) * seconds);
        }
        LocalDate day = time.atZone(MOSCOW).toLocalDate();
        LocalDate start = switch (this) {
            case D1 -> day;
            case W1 -> day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MO1 -> day.withDayOfMonth(1);
            case Q1 -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            default -> throw new IllegalStateException("intraday handled above: " + this);
        };
        return start.atStartOfDay(MOSCOW).toInstant();
    }

    /** The start of the candle after the one that begins at {@code begin}. */
    public Instant nextBegin(Instant begin) {
        if (isIntraday()) {
            return begin.plus(nominalLength);
        }
        ZonedDateTime start = floor(begin).atZone(MOSCOW);
        ZonedDateTime next = switch (this) {
            case D1 -> start.plusDays(1);
            case W1 -> start.plusWeeks(1);
            case MO1 -> start.plusMonths(1);
            case Q1 -> start.plus(3, ChronoUnit.MONTHS);
            default -> throw new IllegalStateException("intraday handled above: " + this);
        };
        return next.toInstant();
    }

    /** Finds a timeframe by its written form, ignoring case. */
    public static Optional<Timeframe> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values())
                .filter(timeframe -> timeframe.code.equalsIgnoreCase(wanted))
                .findFirst();
    }

    /**
     * Parses the written form.
     *
     * @throws IllegalArgumentException naming the accepted forms when {@code code} is not one of them
     */
    public static Timeframe parse(String code) {
        return fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown timeframe '" + code + "', expected one of "
                        + Arrays.stream(values()).map(Timeframe::code).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return code;
    }
}
