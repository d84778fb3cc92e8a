package io.algomoex.backtest.adapter.in.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.OrderStatus;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backtest}: one run of the SMA cross strategy over a CSV file through the strategy-driven engine. */
@Command(
        name = "backtest",
        description = "one run of the SMA cross strategy over a CSV file",
        showDefaultValues = true,
        sortOptions = false)
final class BacktestCommand extends CsvCommand {

    private static final int ORDERS_IN_TEXT = 10;

    @Option(names = "--fast", defaultValue = "20", description = "fast SMA length")
    private int fast;

    @Option(names = "--slow", defaultValue = "50", description = "slow SMA length")
    private int slow;

    @Option(names = "--no-equity", description = "leave the equity curve out of the JSON")
    private boolean noEquity;

    BacktestCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        BacktestSettings settings = account.settings();
        SmaCrossStrategy strategy = strategy(fast, slow, account.size());
        LoadedBars loaded = LoadedBars.read(common, err);
        BacktestResult result = BacktestEngine.run(loaded.bars(), strategy, settings);
        return print(
                () -> json(loaded, strategy, settings, result, !noEquity),
                () -> text(loaded, strategy, settings, result));
    }

    /** The JSON report: what was run, then the run's result at the top level. */
    record Report(
            String command,
            String source,
            int bars,
            CsvJson csv,
            StrategyParameters parameters,
            @JsonUnwrapped ResultJson result) {}

    /** The strategy's parameters followed by the account settings, in one flat object. */
    record StrategyParameters(
            String strategy,
            int fast,
            int slow,
            double size,
            @JsonUnwrapped SettingsJson settings) {}

    private static SmaCrossStrategy strategy(int fast, int slow, double size) {
        try {
            return new SmaCrossStrategy(fast, slow, size);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static String json(
            LoadedBars loaded,
            SmaCrossStrategy strategy,
            BacktestSettings settings,
            BacktestResult result,
            boolean withEquity) {
        return JsonReport.print(new Report(
                "backtest",
                loaded.source(),
                loaded.bars().size(),
                CsvJson.of(loaded.csv()),
                new StrategyParameters(
                        "sma-cross", strategy.fast(), strategy.slow(), strategy.size(), SettingsJson.of(settings)),
                ResultJson.of(result, withEquity)));
    }

    private static String text(
            LoadedBars loaded, SmaCrossStrategy strategy, BacktestSettings settings, BacktestResult result) {
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                "SMA cross %d/%d, size %s, on %s%n",
                strategy.fast(), strategy.slow(), TextFields.size(strategy.size()), loaded.source()));
        report.append(Parameters.describeBars(loaded)).append(System.lineSeparator());
        report.append(Parameters.describe(settings))
                .append(System.lineSeparator())
                .append(System.lineSeparator());
        report.append(String.format(
                "Final value       %s (cash %s, position %s)%n",
                TextFields.money(result.finalValue()),
                TextFields.money(result.finalCash()),
                TextFields.size(result.finalPosition())));
        report.append(TextFields.metrics(result.metrics())).append(System.lineSeparator());
        List<OrderRecord> orders = result.orders();
        report.append(String.format(
                "%nOrders: %d completed, %d rejected, %d unfilled%n",
                count(orders, OrderStatus.COMPLETED),
                count(orders, OrderStatus.REJECTED),
                count(orders, OrderStatus.UNFILLED)));
        List<OrderRecord> last = orders.subList(Math.max(0, orders.size() - ORDERS_IN_TEXT), orders.size());
        if (!last.isEmpty()) {
            report.append(last.size() < orders.size() ? "Last " + last.size() + ":" : "All:")
                    .append(System.lineSeparator());
            last.forEach(
                    order -> report.append("  ").append(TextFields.order(order)).append(System.lineSeparator()));
        }
        return report.toString().stripTrailing();
    }

    private static long count(List<OrderRecord> orders, OrderStatus status) {
        return orders.stream().filter(order -> order.status() == status).count();
    }
}
