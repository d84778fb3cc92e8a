package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.model.Sizing;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Account and execution options shared by the commands. Defaults are Backtrader's semantics with the issue's
 * account: 1,000,000 cash, 0.05 % commission, next-open fills, no slippage, sizes as given, long only.
 */
final class SettingsOptions {

    static final Set<String> VALUES = Set.of(
            "csv",
            "format",
            "time-mark",
            "timeframe",
            "size",
            "cash",
            "commission",
            "fill",
            "slippage-bps",
            "lot-size",
            "price-step",
            "percent-equity",
            "risk-free");

    static final Set<String> FLAGS = Set.of("allow-short", "quiet");

    private SettingsOptions() {}

    static BacktestSettings from(CommandLineArguments args) {
        try {
            return new BacktestSettings(
                    args.number("cash", 1_000_000),
                    args.number("commission", 0.0005),
                    fillModel(args.text("fill", "next-open")),
                    args.number("slippage-bps", 0),
                    sizing(args),
                    args.flag("allow-short"),
                    args.number("risk-free", 0));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Units bought on an up-cross: shares, or lots with {@code --lot-size}. */
    static double size(CommandLineArguments args) {
        double size = args.number("size", 10);
        if (!(size > 0)) {
            throw new UsageException("--size must be positive, got " + size);
        }
        return size;
    }

    private static FillModel fillModel(String text) {
        return switch (text) {
            case "next-open" -> FillModel.NEXT_OPEN;
            case "signal-close" -> FillModel.SIGNAL_CLOSE;
            default -> throw new UsageException("--fill must be next-open or signal-close, got '" + text + "'");
        };
    }

    private static Sizing sizing(CommandLineArguments args) {
        boolean lots = args.optional("lot-size").isPresent()
                || args.optional("price-step").isPresent();
        if (args.optional("percent-equity").isPresent()) {
            return new Sizing.PercentOfEquity(
                    args.number("percent-equity", 100), args.integer("lot-size", 1), priceStep(args));
        }
        return lots ? new Sizing.Lots(args.integer("lot-size", 1), priceStep(args)) : new Sizing.AsSignalled();
    }

    private static BigDecimal priceStep(CommandLineArguments args) {
        String step = args.text("price-step", "0.01");
        try {
            return new BigDecimal(step.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--price-step must be a decimal number, got '" + step + "'");
        }
    }
}
