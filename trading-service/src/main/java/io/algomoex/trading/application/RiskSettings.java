package io.algomoex.trading.application;

import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.SessionWindow;
import io.algomoex.trading.domain.TradingCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Risk settings as the use cases see them, mapped from {@code algo.trading.risk}.
 *
 * @param strategyDefaults limits of every strategy without limits of its own
 * @param strategies limits of single strategies, by strategy id
 * @param account limits of all strategies together
 * @param sessions Moscow-time windows orders may be placed in; empty means at any time, on any day
 * @param calendar the days the {@code sessions} apply on
 */
public record RiskSettings(
        RiskLimits strategyDefaults,
        Map<String, RiskLimits> strategies,
        RiskLimits account,
        List<SessionWindow> sessions,
        TradingCalendar calendar) {

    public RiskSettings {
        Objects.requireNonNull(strategyDefaults, "strategyDefaults is required");
        Objects.requireNonNull(account, "account is required");
        Objects.requireNonNull(calendar, "calendar is required");
        strategies = Map.copyOf(strategies);
        sessions = List.copyOf(sessions);
    }

    /** Sessions on every weekday, with no holidays and no trading weekend days. */
    public RiskSettings(
            RiskLimits strategyDefaults,
            Map<String, RiskLimits> strategies,
            RiskLimits account,
            List<SessionWindow> sessions) {
        this(strategyDefaults, strategies, account, sessions, TradingCalendar.weekdays());
    }

    public RiskLimits limitsOf(String strategyId) {
        return strategies.getOrDefault(strategyId, strategyDefaults);
    }

    /** True when an order may be placed at this instant: on a trading day, inside one of the sessions. */
    public boolean inSession(Instant at) {
        if (sessions.isEmpty()) {
            return true;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, Timeframe.MOSCOW);
        if (!calendar.isTradingDay(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return sessions.stream().anyMatch(window -> window.contains(time));
    }
}
