package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.SessionWindow;
import io.algomoex.trading.domain.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Session hours on the MOEX calendar; Moscow time is UTC+3 all year, so 10:00 Moscow is 07:00Z. */
class RiskSettingsTest {

    private static final RiskLimits NONE = LiveLoopFixture.unlimitedLimits();
    private static final List<SessionWindow> MOEX =
            List.of(SessionWindow.parse("10:00-18:50"), SessionWindow.parse("19:05-23:50"));

    /** Wednesday 7 January 2026 closed; Saturday 10 January 2026 trading. */
    private static final TradingCalendar CALENDAR =
            new TradingCalendar(Set.of(LocalDate.parse("2026-01-07")), Set.of(LocalDate.parse("2026-01-10")));

    private final RiskSettings risk = new RiskSettings(NONE, Map.of(), NONE, MOEX, CALENDAR);

    @Test
    void opensAndClosesTheMainSessionAtItsBoundaries() {
        // Monday 5 January 2026.
        assertThat(risk.inSession(Instant.parse("2026-01-05T06:59:59Z"))).isFalse();
        assertThat(risk.inSession(Instant.parse("2026-01-05T07:00:00Z"))).isTrue();
        assertThat(risk.inSession(Instant.parse("2026-01-05T15:49:59Z"))).isTrue();
        assertThat(risk.inSession(Instant.parse("2026-01-05T15:50:00Z"))).isFalse();
    }

    @Test
    void tradesInTheEveningSessionButNotInTheAuctionBeforeIt() {
        // Friday 9 January 2026: 19:00 is the pause between the sessions, 19:05 opens the evening, 23:50 closes it.
        assertThat(risk.inSession(Instant.parse("2026-01-09T16:00:00Z"))).isFalse();
        assertThat(risk.inSession(Instant.parse("2026-01-09T16:05:00Z"))).isTrue();
        assertThat(risk.inSession(Instant.parse("2026-01-09T20:49:59Z"))).isTrue();
        assertThat(risk.inSession(Instant.parse("2026-01-09T20:50:00Z"))).isFalse();
    }

    @Test
    void refusesAnOrdinaryWeekend() {
        // Saturday 17 and Sunday 18 January 2026 at noon Moscow time.
        assertThat(risk.inSession(Instant.parse("2026-01-17T09:00:00Z"))).isFalse();
        assertThat(risk.inSession(Instant.parse("2026-01-18T09:00:00Z"))).isFalse();
    }

    @Test
    void refusesAConfiguredNonTradingDayAllDay() {
        assertThat(risk.inSession(Instant.parse("2026-01-07T09:00:00Z"))).isFalse();
        assertThat(risk.inSession(Instant.parse("2026-01-07T17:00:00Z"))).isFalse();
        assertThat(risk.inSession(Instant.parse("2026-01-08T09:00:00Z"))).isTrue();
    }

    @Test
    void tradesOnAConfiguredTradingSaturdayInsideTheSessionsOnly() {
        assertThat(risk.inSession(Instant.parse("2026-01-10T09:00:00Z"))).isTrue();
        assertThat(risk.inSession(Instant.parse("2026-01-10T06:00:00Z"))).isFalse();
        assertThat(risk.inSession(Instant.parse("2026-01-11T09:00:00Z"))).isFalse();
    }

    @Test
    void decidesTheDayByTheMoscowDateNotTheUtcOne() {
        RiskSettings night = new RiskSettings(NONE, Map.of(), NONE, List.of(SessionWindow.parse("00:00-02:00")));

        // 01:00 Moscow on Monday 12 January is still Sunday in UTC; 01:00 Moscow on Saturday 17 is Friday in UTC.
        assertThat(night.inSession(Instant.parse("2026-01-11T22:00:00Z"))).isTrue();
        assertThat(night.inSession(Instant.parse("2026-01-16T22:00:00Z"))).isFalse();
    }

    @Test
    void ignoresTheCalendarWhenSessionHoursAreOff() {
        RiskSettings anyTime = new RiskSettings(NONE, Map.of(), NONE, List.of(), CALENDAR);

        assertThat(anyTime.inSession(Instant.parse("2026-01-07T09:00:00Z"))).isTrue();
        assertThat(anyTime.inSession(Instant.parse("2026-01-17T09:00:00Z"))).isTrue();
    }
}
