package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.OrderStatus;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code backtest}: one run of the SMA cross strategy over a CSV file through the strategy-driven engine. */
final class BacktestCommand {

    private static final int ORDERS_IN_TEXT = 10;

    private BacktestCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Set<String> values = new HashSet<>(SettingsOptions.VALUES);
        values.addAll(Set.of("fast", "slow"));
        Set<String> flags = new HashSet<>(SettingsOptions.FLAGS);
        flags.add("no-equity");
        CommandLineArguments args = CommandLineArguments.parse(argv, values, flags);
        ReportFormat format = ReportFormat.of(args);
        BacktestSettings settings = SettingsOptions.from(args);
        SmaCrossStrategy strategy =
                strategy(args.integer("fast", 20), args.integer("slow", 50), SettingsOptions.size(args));
        LoadedBars loaded = LoadedBars.read(args, err);
        BacktestResult result = BacktestEngine.run(loaded.bars(), strategy, settings);
        out.println(
                format == ReportFormat.JSON
                        ? json(loaded, strategy, settings, result, !args.flag("no-equity"))
                        : text(loaded, strategy, settings, result));
        return 0;
    }

    static SmaCrossStrategy strategy(int fast, int slow, double size) {
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
            boolean equity) {
        ObjectNode root = JsonFields.MAPPER.createObjectNode();
        root.put("command", "backtest");
        root.put("source", loaded.source());
        root.put("bars", loaded.bars().size());
        JsonFields.csv(root.putObject("csv"), loaded.csv());
        ObjectNode parameters = root.putObject("parameters");
        parameters.put("strategy", "sma-cross");
        parameters.put("fast", strategy.fast());
        parameters.put("slow", strategy.slow());
        parameters.put("size", strategy.size());
        Parameters.settings(parameters, settings);
        JsonFields.result(root, result, equity);
        return JsonFields.print(root);
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
