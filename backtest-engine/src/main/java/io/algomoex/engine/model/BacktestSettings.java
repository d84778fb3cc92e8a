package io.algomoex.engine.model;

import java.util.Objects;

/**
 * Account and execution settings of a backtest. {@link #backtrader(double, double)} gives the Backtrader-compatible
 * defaults; every other choice is an explicit option.
 *
 * @param initialCash starting cash, positive
 * @param commissionRate commission per fill as a fraction of traded value ({@code 0.0005} = 0.05 %), zero or more
 * @param fillModel where market orders fill
 * @param slippageBps adverse slippage in basis points of the fill price, capped at the fill bar's high (buys) or low
 *     (sells) as Backtrader's {@code slip_match} does; zero or more
 * @param sizing how signals become order sizes
 * @param allowShort whether a sell may open or enlarge a short position; when false such orders are rejected
 * @param riskFreeRate annual risk-free rate for Sharpe and Sortino, as a fraction ({@code 0.05} = 5 %)
 */
public record BacktestSettings(
        double initialCash,
        double commissionRate,
        FillModel fillModel,
        double slippageBps,
        Sizing sizing,
        boolean allowShort,
        double riskFreeRate) {

    public BacktestSettings {
        if (!(initialCash > 0) || !Double.isFinite(initialCash)) {
            throw new IllegalArgumentException("initial cash must be positive, got " + initialCash);
        }
        if (!(commissionRate >= 0) || !Double.isFinite(commissionRate)) {
            throw new IllegalArgumentException("commission rate must be zero or more, got " + commissionRate);
        }
        if (!(slippageBps >= 0) || !Double.isFinite(slippageBps)) {
            throw new IllegalArgumentException("slippage must be zero or more basis points, got " + slippageBps);
        }
        Objects.requireNonNull(fillModel, "fill model is required");
        Objects.requireNonNull(sizing, "sizing is required");
        if (!(riskFreeRate > -1) || !Double.isFinite(riskFreeRate)) {
            throw new IllegalArgumentException("risk-free rate must be above -1, got " + riskFreeRate);
        }
    }

    /** Backtrader's broker with a percentage commission: next-open fills, no slippage, sizes as given, long only. */
    public static BacktestSettings backtrader(double initialCash, double commissionRate) {
        return new BacktestSettings(
                initialCash, commissionRate, FillModel.NEXT_OPEN, 0, new Sizing.AsSignalled(), false, 0);
    }

    public BacktestSettings withFillModel(FillModel model) {
        return new BacktestSettings(initialCash, commissionRate, model, slippageBps, sizing, allowShort, riskFreeRate);
    }

    public BacktestSettings withSlippageBps(double bps) {
        return new BacktestSettings(initialCash, commissionRate, fillModel, bps, sizing, allowShort, riskFreeRate);
    }

    public BacktestSettings withSizing(Sizing newSizing) {
        return new BacktestSettings(
                initialCash, commissionRate, fillModel, slippageBps, newSizing, allowShort, riskFreeRate);
    }

    public BacktestSettings withShortSelling(boolean allowed) {
        return new BacktestSettings(initialCash, commissionRate, fillModel, slippageBps, sizing, allowed, riskFreeRate);
    }

    public BacktestSettings withRiskFreeRate(double rate) {
        return new BacktestSettings(initialCash, commissionRate, fillModel, slippageBps, sizing, allowShort, rate);
    }

    public BacktestSettings withInitialCash(double cash) {
        return new BacktestSettings(cash, commissionRate, fillModel, slippageBps, sizing, allowShort, riskFreeRate);
    }
}
