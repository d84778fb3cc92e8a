package io.algomoex.trading.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Which Moscow calendar days the exchange trades on: Monday to Friday, except {@code nonTradingDays}, plus the
 * Saturdays and Sundays in {@code tradingWeekendDays}. MOEX announces both every year, and changes them at short
 * notice (in 2026 it moved four public holidays from closed to a weekend session two days before the year began), so
 * they come from configuration rather than a built-in list.
 *
 * @param nonTradingDays weekdays (or announced weekend sessions) on which nothing trades
 * @param tradingWeekendDays Saturdays or Sundays on which the exchange trades
 */
public record TradingCalendar(Set<LocalDate> nonTradingDays, Set<LocalDate> tradingWeekendDays) {

    public TradingCalendar {
        nonTradingDays = Set.copyOf(nonTradingDays);
        tradingWeekendDays = Set.copyOf(tradingWeekendDays);
        for (LocalDate day : tradingWeekendDays) {
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("a trading weekend day must be a Saturday or Sunday, got " + day
                        + " (" + day.getDayOfWeek() + ")");
            }
        }
        Set<LocalDate> both = new HashSet<>(nonTradingDays);
        both.retainAll(tradingWeekendDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("days listed both as non-trading and as trading weekend days: "
                    + both.stream().sorted().toList());
        }
    }

    /** Monday to Friday, every week. */
    public static TradingCalendar weekdays() {
        return new TradingCalendar(Set.of(), Set.of());
    }

    /** True when the exchange trades on this Moscow calendar day. */
    public boolean isTradingDay(LocalDate day) {
        if (nonTradingDays.contains(day)) {
            return false;
        }
        return !isWeekend(day) || tradingWeekendDays.contains(day);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
