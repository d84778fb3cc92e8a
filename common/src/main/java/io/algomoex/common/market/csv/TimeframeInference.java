package io.algomoex.common.market.csv;

import io.algomoex.common.market.Timeframe;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds a file's timeframe from Finam's {@code <PER>} column, or else from the most common gap between rows. Rows are
 * offered one by one in file order, so that they need not be kept.
 */
final class TimeframeInference {

    private final Map<Duration, Integer> gaps = new HashMap<>();
    private boolean any;
    private String period;
    private LocalDateTime previous;
    // Consecutive rows mostly share one gap: a run of equal gaps is counted here and put in the map once.
    private Duration runGap;
    private int runLength;

    /** Takes the next row of the file. */
    void add(ParsedRow row) {
        if (!any) {
            any = true;
            period = row.period();
        }
        LocalDateTime written = row.written();
        if (previous != null && written.isAfter(previous)) {
            Duration gap = Duration.between(previous, written);
            if (gap.equals(runGap)) {
                runLength++;
            } else {
                endRun();
                runGap = gap;
                runLength = 1;
            }
        }
        previous = written;
    }

    /** Whether the file has a {@code <PER>} column, which alone decides the timeframe. */
    boolean fromPeriodColumn() {
        return period != null;
    }

    /** The timeframe of the rows so far, or {@code null} when they do not reveal one (ticks, irregular rows, one row). */
    Timeframe timeframe() {
        if (!any) {
            return null;
        }
        if (period != null) {
            return fromFinamPeriod(period);
        }
        endRun();
        return fromSpacing(usualGap());
    }

    private void endRun() {
        if (runLength > 0) {
            gaps.merge(runGap, runLength, Integer::sum);
            runGap = null;
            runLength = 0;
        }
    }

    /** Finam {@code <PER>}: minutes for intraday, D/W/M for day, week, month, 0 for ticks. */
    static Timeframe fromFinamPeriod(String period) {
        return switch (period.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "1" -> Timeframe.M1;
            case "5" -> Timeframe.M5;
            case "10" -> Timeframe.M10;
            case "15" -> Timeframe.M15;
            case "30" -> Timeframe.M30;
            case "60" -> Timeframe.H1;
            case "D", "1440" -> Timeframe.D1;
            case "W" -> Timeframe.W1;
            case "M" -> Timeframe.MO1;
            default -> null;
        };
    }

    private static Timeframe fromSpacing(Duration usual) {
        if (usual == null) {
            return null;
        }
        for (Timeframe timeframe : Timeframe.values()) {
            boolean fixedLength = timeframe.isIntraday() || timeframe == Timeframe.D1 || timeframe == Timeframe.W1;
            if (fixedLength && timeframe.nominalLength().equals(usual)) {
                return timeframe;
            }
        }
        long days = usual.toDays();
        boolean wholeDays = usual.equals(Duration.ofDays(days));
        if (wholeDays && days >= 28 && days <= 31) {
            return Timeframe.MO1;
        }
        return wholeDays && days >= 89 && days <= 92 ? Timeframe.Q1 : null;
    }

    /** The most frequent positive gap between consecutive rows, the shorter one on a tie; null for one row. */
    private Duration usualGap() {
        Duration usual = null;
        int usualCount = 0;
        for (Map.Entry<Duration, Integer> gap : gaps.entrySet()) {
            boolean more = gap.getValue() > usualCount;
            boolean tieButShorter = gap.getValue() == usualCount && gap.getKey().compareTo(usual) < 0;
            if (more || tieButShorter) {
                usual = gap.getKey();
                usualCount = gap.getValue();
            }
        }
        return usual;
    }
}
