package io.algomoex.alerting.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Which rules are on, and their thresholds.
 *
 * @param orderFilled alert on every fill
 * @param orderRejected alert on rejected orders, with the reason
 * @param orderCancelled alert on cancelled orders, with who cancelled them
 * @param riskBreached alert on risk-limit breaches
 * @param tradingHalted alert when trading halts
 * @param tradingResumed alert when trading resumes
 * @param drawdown alert when a strategy's drawdown crosses {@code drawdownThreshold} upwards
 * @param drawdownThreshold drawdown as a fraction (0.1 = 10 %), above 0 and at most 1
 * @param serviceError alert on {@code service.error}
 * @param staleCandles alert when a watched series has no new candle for {@code staleAfter}
 * @param staleAfter how long a watched series may go without a candle
 * @param watchedSeries the series to watch
 * @param backtestCompleted alert when a backtest finishes
 * @param sweepCompleted alert when a sweep finishes
 */
public record RuleSettings(
        boolean orderFilled,
        boolean orderRejected,
        boolean orderCancelled,
        boolean riskBreached,
        boolean tradingHalted,
        boolean tradingResumed,
        boolean drawdown,
        BigDecimal drawdownThreshold,
        boolean serviceError,
        boolean staleCandles,
        Duration staleAfter,
        List<SeriesKey> watchedSeries,
        boolean backtestCompleted,
        boolean sweepCompleted) {

    public RuleSettings {
        Objects.requireNonNull(drawdownThreshold, "drawdownThreshold is required");
        Objects.requireNonNull(staleAfter, "staleAfter is required");
        watchedSeries = List.copyOf(watchedSeries);
        if (drawdownThreshold.signum() <= 0 || drawdownThreshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "drawdownThreshold must be above 0 and at most 1, got " + drawdownThreshold);
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive, got " + staleAfter);
        }
    }
}
