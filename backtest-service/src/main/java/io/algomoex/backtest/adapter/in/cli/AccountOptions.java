package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.model.Sizing;
import java.math.BigDecimal;
import picocli.CommandLine.Option;

/**
 * Account and execution options shared by the commands. Defaults are Backtrader's semantics with the issue's
 * account: 1,000,000 cash, 0.05 % commission, next-open fills, no slippage, sizes as given, long only.
 */
final class AccountOptions {

    @Option(names = "--cash", defaultValue = "1000000", description = "starting cash")
    double cash;

    @Option(names = "--commission", defaultValue = "0.0005", description = "fraction of traded value")
    double commission;

    @Option(names = "--size", defaultValue = "10", description = "units bought on an up-cross, or lots with --lot-size")
    double size;

    @Option(names = "--fill", defaultValue = "next-open", paramLabel = "next-open|signal-close")
    FillModel fill;

    @Option(names = "--slippage-bps", defaultValue = "0", description = "adverse slippage in basis points")
    double slippageBps;

    @Option(names = "--lot-size", paramLabel = "N", description = "trade in lots of N units")
    Integer lotSize;

    @Option(
            names = "--price-step",
            paramLabel = "STEP",
            description = "price step slipped prices move onto (0.01 with lots)")
    BigDecimal priceStep;

    @Option(names = "--percent-equity", paramLabel = "P", description = "size each entry at P %% of equity")
    Double percentEquity;

    @Option(names = "--allow-short", description = "let sell signals open short positions")
    boolean allowShort;

    @Option(names = "--risk-free", defaultValue = "0", description = "annual rate, for Sharpe and Sortino")
    double riskFree;

    BacktestSettings settings() {
        try {
            return new BacktestSettings(cash, commission, fill, slippageBps, sizing(), allowShort, riskFree);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Units bought on an up-cross: shares, or lots with {@code --lot-size}. */
    double size() {
        if (!(size > 0)) {
            throw new UsageException("--size must be positive, got " + size);
        }
        return size;
    }

    private Sizing sizing() {
        int lots = lotSize == null ? 1 : lotSize;
        BigDecimal step = priceStep == null ? new BigDecimal("0.01") : priceStep;
        if (percentEquity != null) {
            return new Sizing.PercentOfEquity(percentEquity, lots, step);
        }
        return lotSize != null || priceStep != null ? new Sizing.Lots(lots, step) : new Sizing.AsSignalled();
    }
}
