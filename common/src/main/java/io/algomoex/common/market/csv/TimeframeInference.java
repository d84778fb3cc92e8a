package io.algomoex.common.market.csv;

import io.algomoex.common.market.Timeframe;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds a file's timeframe from Finam's {@code <PER>} column, or else from the most common gap between rows. */
final class TimeframeInference {

    private TimeframeInference() {}

    /** The timeframe, or {@code null} when the file does not reveal one (ticks, irregular rows, one row). */
    static Timeframe infer(List<ParsedRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        String period = rows.getFirst().period();
        if (period != null) {
            return fromFinamPeriod(period);
        }
        return fromSpacing(rows);
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

    private static Timeframe fromSpacing(List<ParsedRow> rows) {
        Duration usual = usualGap(rows);
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
    private static Duration usualGap(List<ParsedRow> rows) {
        Map<Duration, Integer> gaps = new HashMap<>();
        LocalDateTime previous = null;
        for (ParsedRow row : rows) {
            if (previous != null && row.written().isAfter(previous)) {
                gaps.merge(Duration.between(previous, row.written()), 1, Integer::sum);
            }
            previous = row.written();
        }
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
