package io.algomoex.alerting.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Alert rules, each with an on/off switch ({@code algo.alerting.rules.<rule>.enabled}) and its thresholds.
 *
 * @param orderFilled every fill
 * @param orderRejected rejected orders, with the reason
 * @param orderCancelled cancelled orders, with who cancelled them
 * @param riskBreached risk-limit breaches
 * @param tradingHalted trading halts
 * @param tradingResumed trading resumptions
 * @param drawdown drawdown crossing a threshold, from {@code trading.pnl.updated}
 * @param serviceError {@code service.error}
 * @param staleCandles no new candle for a watched series
 * @param backtestCompleted finished backtests
 * @param sweepCompleted finished sweeps
 */
@ConfigurationProperties("algo.alerting.rules")
@Validated
public record RulesProperties(
        @DefaultValue @Valid Toggle orderFilled,
        @DefaultValue @Valid Toggle orderRejected,
        @DefaultValue @Valid Toggle orderCancelled,
        @DefaultValue @Valid Toggle riskBreached,
        @DefaultValue @Valid Toggle tradingHalted,
        @DefaultValue @Valid Toggle tradingResumed,
        @DefaultValue @Valid Drawdown drawdown,
        @DefaultValue @Valid Toggle serviceError,
        @DefaultValue @Valid StaleCandles staleCandles,
        @DefaultValue @Valid Toggle backtestCompleted,
        @DefaultValue @Valid Toggle sweepCompleted) {

    /** @param enabled whether the rule raises alerts */
    public record Toggle(@DefaultValue("true") boolean enabled) {}

    /**
     * @param enabled whether the rule raises alerts
     * @param threshold drawdown as a fraction of peak equity (0.10 = 10 %) whose upward crossing raises an alert
     */
    public record Drawdown(
            @DefaultValue("true") boolean enabled,

            @DefaultValue("0.10") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            BigDecimal threshold) {}

    /**
     * @param enabled whether the rule raises alerts
     * @param after how long a watched series may go without a candle event
     * @param checkInterval how often the series are checked
     * @param watched series to watch as {@code SECID:BOARD:TIMEFRAME}, for example {@code SBER:TQBR:1m}; none by
     *     default, since MOEX sessions pause at night and on weekends and only the operator knows which series
     *     should be live
     */
    public record StaleCandles(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("15m") @NotNull Duration after,
            @DefaultValue("30s") @NotNull Duration checkInterval,
            @DefaultValue List<String> watched) {}
}
