package io.algomoex.alerting.domain;

import static io.algomoex.alerting.domain.Html.bold;
import static io.algomoex.alerting.domain.Html.code;
import static io.algomoex.alerting.domain.Html.escape;

import io.algomoex.common.event.BacktestCompleted;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.OrderCancelled;
import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.RiskLimitBreached;
import io.algomoex.common.event.ServiceErrorOccurred;
import io.algomoex.common.event.SweepCompleted;
import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.event.TradingResumed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns events into alert drafts according to {@link RuleSettings}. Pure: the same event gives the same draft. The
 * drawdown rule only says whether a drawdown is above the threshold; firing once per crossing is the caller's job,
 * because it needs the previous value.
 */
public final class AlertRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String ALL = "all";

    private final RuleSettings settings;

    public AlertRules(RuleSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings is required");
    }

    public RuleSettings settings() {
        return settings;
    }

    /** The draft this event raises, or empty when no enabled rule applies to it. */
    public Optional<AlertDraft> evaluate(EventPayload payload) {
        return Optional.ofNullable(
                switch (payload) {
                    case OrderFilled fill when settings.orderFilled() -> filled(fill);
                    case OrderRejected rejection when settings.orderRejected() -> rejected(rejection);
                    case OrderCancelled cancel when settings.orderCancelled() -> cancelled(cancel);
                    case RiskLimitBreached breach when settings.riskBreached() -> breached(breach);
                    case TradingHalted halt when settings.tradingHalted() -> halted(halt);
                    case TradingResumed resume when settings.tradingResumed() -> resumed(resume);
                    case PnlUpdated pnl when settings.drawdown() && isDrawdownAlarming(pnl) -> drawdown(pnl);
                    case ServiceErrorOccurred error when settings.serviceError() -> serviceError(error);
                    case BacktestCompleted backtest when settings.backtestCompleted() -> backtest(backtest);
                    case SweepCompleted sweep when settings.sweepCompleted() -> sweep(sweep);
                    default -> null;
                });
    }

    public boolean isDrawdownAlarming(PnlUpdated pnl) {
        return pnl.drawdown().compareTo(settings.drawdownThreshold()) >= 0;
    }

    /** The alert for a watched series that has had no candle since {@code lastSeen}. */
    public AlertDraft staleCandles(SeriesKey series, Instant lastSeen, Instant now) {
        long minutes = Duration.between(lastSeen, now).toMinutes();
        return new AlertDraft(
                AlertRule.CANDLES_STALE,
                "candles-stale:" + series,
                bold("No new candles") + " for " + code(series.toString()) + " in " + minutes + " min (last at "
                        + escape(lastSeen.toString()) + ")");
    }

    private static AlertDraft filled(OrderFilled fill) {
        return new AlertDraft(
                AlertRule.ORDER_FILLED,
                "order-filled:" + fill.clientOrderId() + ":" + fill.filledAt(),
                bold("Filled") + " " + escape(fill.side().name()) + " " + fill.lots() + " lot(s) "
                        + code(fill.secid() + "@" + fill.board()) + " at "
                        + escape(fill.price().toPlainString())
                        + " RUB\nstrategy " + code(fill.strategyId()) + ", commission "
                        + escape(fill.commission().toPlainString()) + " RUB, order " + code(fill.clientOrderId()));
    }

    private static AlertDraft rejected(OrderRejected rejection) {
        return new AlertDraft(
                AlertRule.ORDER_REJECTED,
                "order-rejected:" + rejection.strategyId() + ":" + rejection.reason(),
                bold("Order rejected") + " " + escape(rejection.side().name()) + " " + rejection.lots() + " lot(s) "
                        + code(rejection.secid() + "@" + rejection.board()) + "\nstrategy "
                        + code(rejection.strategyId()) + ", order " + code(rejection.clientOrderId())
                        + "\nreason: " + escape(rejection.reason()));
    }

    private static AlertDraft cancelled(OrderCancelled cancel) {
        return new AlertDraft(
                AlertRule.ORDER_CANCELLED,
                "order-cancelled:" + cancel.clientOrderId(),
                bold("Order cancelled") + " " + escape(cancel.side().name()) + " " + cancel.lots() + " lot(s) "
                        + code(cancel.secid() + "@" + cancel.board()) + "\nstrategy " + code(cancel.strategyId())
                        + ", order " + code(cancel.clientOrderId()) + "\nreason: " + escape(cancel.reason()));
    }

    private static AlertDraft breached(RiskLimitBreached breach) {
        String scope = breach.strategyId() == null ? ALL : breach.strategyId();
        return new AlertDraft(
                AlertRule.RISK_BREACHED,
                "risk-breached:" + scope + ":" + breach.limit(),
                bold("Risk limit breached") + ": " + code(breach.limit()) + " for " + code(scope) + "\nvalue "
                        + escape(breach.value().toPlainString()) + ", limit "
                        + escape(breach.threshold().toPlainString()));
    }

    private static AlertDraft halted(TradingHalted halt) {
        String scope = halt.strategyId() == null ? ALL : halt.strategyId();
        return new AlertDraft(
                AlertRule.TRADING_HALTED,
                "trading-halted:" + scope,
                bold("Trading halted") + " for " + code(scope) + "\nreason: " + escape(halt.reason()));
    }

    private static AlertDraft resumed(TradingResumed resume) {
        String scope = resume.strategyId() == null ? ALL : resume.strategyId();
        return new AlertDraft(
                AlertRule.TRADING_RESUMED, "trading-resumed:" + scope, bold("Trading resumed") + " for " + code(scope));
    }

    private AlertDraft drawdown(PnlUpdated pnl) {
        return new AlertDraft(
                AlertRule.DRAWDOWN,
                "drawdown:" + pnl.strategyId(),
                bold("Drawdown") + " of " + code(pnl.strategyId()) + " is " + percent(pnl.drawdown()) + " (threshold "
                        + percent(settings.drawdownThreshold()) + ")\ntoday "
                        + escape(pnl.today().toPlainString()) + " RUB, total "
                        + escape(pnl.total().toPlainString())
                        + " RUB");
    }

    private static AlertDraft serviceError(ServiceErrorOccurred error) {
        return new AlertDraft(
                AlertRule.SERVICE_ERROR,
                "service-error:" + error.service() + ":" + error.component(),
                bold("Error") + " in " + code(error.service()) + " / " + code(error.component()) + "\n"
                        + escape(error.message()));
    }

    private static AlertDraft backtest(BacktestCompleted run) {
        return new AlertDraft(
                AlertRule.BACKTEST_COMPLETED,
                "backtest-completed:" + run.runId(),
                bold("Backtest " + run.runId() + " completed") + ": " + code(run.strategy()) + " on "
                        + code(run.secid() + "@" + run.board() + " " + run.timeframe()) + "\nreturn "
                        + percent(run.totalReturn()) + ", max drawdown " + percent(run.maxDrawdown()) + ", Sharpe "
                        + (run.sharpe() == null ? "n/a" : escape(run.sharpe().toPlainString())) + ", trades "
                        + run.trades() + "\n" + Html.link(run.reportUrl(), "report"));
    }

    private static AlertDraft sweep(SweepCompleted sweep) {
        Map<String, String> sorted = new TreeMap<>(sweep.bestParameters());
        String parameters = sorted.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
        return new AlertDraft(
                AlertRule.SWEEP_COMPLETED,
                "sweep-completed:" + sweep.sweepId(),
                bold("Sweep " + sweep.sweepId() + " completed") + ": " + code(sweep.strategy()) + " on "
                        + code(sweep.secid() + "@" + sweep.board() + " " + sweep.timeframe()) + ", " + sweep.runs()
                        + " runs\nbest " + escape(sweep.objective()) + " "
                        + escape(sweep.bestValue().toPlainString())
                        + " with " + code(parameters) + "\n" + Html.link(sweep.reportUrl(), "report"));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
