package io.algomoex.engine.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Synthetic hourly bars for benchmarks and tests: a seeded random walk of prices on a 0.01 grid, nine bars a weekday
 * from 10:00 Moscow time. The same seed always gives the same series.
 */
public final class RandomWalkSeries {

    private static final int BARS_PER_DAY = 9;
    private static final long MOSCOW_OFFSET_SECONDS = 3 * 3600;

    private RandomWalkSeries() {}

    /**
     * @param bars number of bars, at least 1
     * @param seed random seed
     */
    public static BarSeries generate(int bars, long seed) {
        if (bars < 1) {
            throw new IllegalArgumentException("need at least one bar, got " + bars);
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] times = new long[bars];
        double[] open = new double[bars];
        double[] high = new double[bars];
        double[] low = new double[bars];
        double[] close = new double[bars];
        double[] volume = new double[bars];
        LocalDate day = LocalDate.of(2015, 1, 5);
        long cents = 10_000;
        for (int i = 0; i < bars; i++) {
            int slot = i % BARS_PER_DAY;
            if (i > 0 && slot == 0) {
                day = nextWeekday(day);
            }
            times[i] = day.toEpochSecond(java.time.LocalTime.of(10 + slot, 0), ZoneOffset.UTC) - MOSCOW_OFFSET_SECONDS;
            long openCents = Math.max(100, cents + random.nextInt(-5, 6));
            long closeCents = Math.max(100, openCents + Math.round(random.nextGaussian() * 60));
            open[i] = openCents / 100.0;
            close[i] = closeCents / 100.0;
            high[i] = (Math.max(openCents, closeCents) + random.nextInt(0, 40)) / 100.0;
            low[i] = Math.max(1, Math.min(openCents, closeCents) - random.nextInt(0, 40)) / 100.0;
            volume[i] = random.nextInt(1_000, 1_000_000);
            cents = closeCents;
        }
        return BarSeries.of(times, open, high, low, close, volume);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
