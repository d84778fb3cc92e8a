package io.algomoex.alerting.domain;

/** The rules that turn events into alerts; {@link #code()} is what is stored and shown. */
public enum AlertRule {
    ORDER_FILLED("order-filled"),
    ORDER_REJECTED("order-rejected"),
    ORDER_CANCELLED("order-cancelled"),
    RISK_BREACHED("risk-breached"),
    TRADING_HALTED("trading-halted"),
    TRADING_RESUMED("trading-resumed"),
    DRAWDOWN("drawdown"),
    SERVICE_ERROR("service-error"),
    CANDLES_STALE("candles-stale"),
    BACKTEST_COMPLETED("backtest-completed"),
    SWEEP_COMPLETED("sweep-completed"),
    PROMETHEUS("prometheus"),
    TEST("test");

    private final String code;

    AlertRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
