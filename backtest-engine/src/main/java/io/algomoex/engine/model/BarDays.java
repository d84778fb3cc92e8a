package io.algomoex.engine.model;

import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.util.Arrays;

/**
 * The Moscow calendar days of a series' bars: which bar ends each day, how many days a window spans, and how many
 * return periods make a year. Daily returns are taken per Moscow day that has bars.
 */
public final class BarDays {

    private static final double DAYS_PER_YEAR = 365.25;

    private final long[] times;
    private final long[] moscowDays;
    private final int[] dayEnds;

    BarDays(long[] times) {
        this.times = times;
        this.moscowDays = new long[times.length];
        int ends = 0;
        for (int i = 0; i < times.length; i++) {
            moscowDays[i] = Instant.ofEpochSecond(times[i])
                    .atZone(Timeframe.MOSCOW)
                    .toLocalDate()
                    .toEpochDay();
            if (i > 0 && moscowDays[i] != moscowDays[i - 1]) {
                ends++;
            }
        }
        this.dayEnds = new int[ends + 1];
        int at = 0;
        for (int i = 0; i + 1 < times.length; i++) {
            if (moscowDays[i] != moscowDays[i + 1]) {
                dayEnds[at++] = i;
            }
        }
        // The last bar ends its day too; an empty series keeps a sentinel that no bar index reaches.
        dayEnds[at] = Math.max(times.length - 1, 0);
    }

    /** Indexes of the last bar of every day, ascending; shared, not copied: callers must not modify it. */
    public int[] dayEnds() {
        return dayEnds;
    }

    /** Whether two bars fall on the same Moscow calendar day. */
    public boolean sameDay(int a, int b) {
        return moscowDays[a] == moscowDays[b];
    }

    /** How many days bars {@code from .. to-1} touch (an upper bound when {@code to} is mid-day). */
    public int daysBetween(int from, int to) {
        return firstDayEndAtOrAfter(to - 1) - firstDayEndAtOrAfter(from) + 1;
    }

    /** Years from the start of bar {@code from} to the start of bar {@code last}. */
    public double years(int from, int last) {
        return (times[last] - times[from]) / (DAYS_PER_YEAR * 86_400.0);
    }

    /**
     * Return periods per year for Sharpe and Sortino: 252 when consecutive trading days are usually at most four
     * calendar days apart (intraday and daily bars), 52 for weekly, 12 for monthly and 4 for quarterly bars.
     */
    public int periodsPerYear(int from, int to) {
        // Median gap between consecutive days from a histogram; gaps above 45 days all count as "long", which is all
        // the thresholds below need.
        int[] gapCounts = new int[47];
        int count = 0;
        for (int d = firstDayEndAtOrAfter(from); d + 1 < dayEnds.length && dayEnds[d] + 1 < to; d++) {
            long gap = moscowDays[dayEnds[d] + 1] - moscowDays[dayEnds[d]];
            gapCounts[(int) Math.min(46, gap)]++;
            count++;
        }
        if (count == 0) {
            return 252;
        }
        int median = 0;
        for (int seen = 0; seen <= count / 2; median++) {
            seen += gapCounts[median];
        }
        median--;
        return median <= 4 ? 252 : median <= 10 ? 52 : median <= 45 ? 12 : 4;
    }

    /** Index into {@link #dayEnds()} of the first day end at or after bar {@code bar}. */
    public int firstDayEndAtOrAfter(int bar) {
        int found = Arrays.binarySearch(dayEnds, bar);
        return found >= 0 ? found : -found - 1;
    }
}
