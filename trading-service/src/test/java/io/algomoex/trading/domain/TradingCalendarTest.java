package io.algomoex.trading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TradingCalendarTest {

    private static final LocalDate FRIDAY = LocalDate.parse("2026-01-09");
    private static final LocalDate SATURDAY = LocalDate.parse("2026-01-10");
    private static final LocalDate SUNDAY = LocalDate.parse("2026-01-11");
    private static final LocalDate MONDAY = LocalDate.parse("2026-01-12");

    @Test
    void tradesMondayToFridayAndNotAtTheWeekendByDefault() {
        TradingCalendar calendar = TradingCalendar.weekdays();

        assertThat(calendar.isTradingDay(FRIDAY)).isTrue();
        assertThat(calendar.isTradingDay(SATURDAY)).isFalse();
        assertThat(calendar.isTradingDay(SUNDAY)).isFalse();
        assertThat(calendar.isTradingDay(MONDAY)).isTrue();
    }

    @Test
    void closesOnAConfiguredNonTradingDayAndOpensOnATradingSaturday() {
        TradingCalendar calendar = new TradingCalendar(Set.of(FRIDAY), Set.of(SATURDAY));

        assertThat(calendar.isTradingDay(FRIDAY)).isFalse();
        assertThat(calendar.isTradingDay(SATURDAY)).isTrue();
        assertThat(calendar.isTradingDay(SUNDAY)).isFalse();
    }

    @Test
    void refusesATradingWeekendDayThatIsAWeekday() {
        assertThatThrownBy(() -> new TradingCalendar(Set.of(), Set.of(MONDAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-01-12 (MONDAY)");
    }

    @Test
    void refusesADayListedBothWays() {
        assertThatThrownBy(() -> new TradingCalendar(Set.of(SATURDAY), Set.of(SATURDAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both");
    }
}
