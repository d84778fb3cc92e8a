package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.SweepSettings;
import io.algomoex.engine.walkforward.WalkForward;
import io.algomoex.engine.walkforward.WalkForwardFold;
import io.algomoex.engine.walkforward.WalkForwardResult;
import io.algomoex.engine.walkforward.WalkForwardSettings;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code walk-forward}: per fold the best in-sample combination, run out of sample, with the stitched result. */
final class WalkForwardCommand {

    private WalkForwardCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Set<String> flags = new HashSet<>(SettingsOptions.FLAGS);
        flags.addAll(Set.of("anchored", "no-equity"));
        CommandLineArguments args =
                CommandLineArguments.parse(argv, SweepOptions.valuesWith(Set.of("train", "test", "step")), flags);
        ReportFormat format = ReportFormat.of(args);
        BacktestSettings settings = SettingsOptions.from(args);
        SweepSettings sweep = SweepOptions.requireCombinations(SweepOptions.from(args));
        WalkForwardSettings windows = windows(args);
        LoadedBars loaded = WarmUpWhileLoading.read(settings, () -> LoadedBars.read(args, err));
        long started = System.nanoTime();
        WalkForwardResult result;
        try {
            result = WalkForward.run(
                    loaded.bars(), sweep, windows, settings, ProgressPrinter.of(args, err, "walk-forward"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.println(
                format == ReportFormat.JSON
                        ? json(loaded, sweep, windows, result, seconds, !args.flag("no-equity"))
                        : text(loaded, sweep, windows, result, seconds));
        return 0;
    }

    private static WalkForwardSettings windows(CommandLineArguments args) {
        int test = args.requiredInteger("test");
        try {
            return new WalkForwardSettings(
                    args.requiredInteger("train"), test, args.integer("step", test), args.flag("anchored"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static String json(
            LoadedBars loaded,
            SweepSettings sweep,
            WalkForwardSettings windows,
            WalkForwardResult result,
            double seconds,
            boolean withEquity) {
        BarSeries bars = loaded.bars();
        ObjectNode root = JsonFields.MAPPER.createObjectNode();
        root.put("command", "walk-forward");
        root.put("source", loaded.source());
        root.put("bars", bars.size());
        root.put("objective", sweep.objective().code());
        root.put("fast", sweep.fast().toString());
        root.put("slow", sweep.slow().toString());
        root.put("train", windows.trainBars()).put("test", windows.testBars()).put("step", windows.stepBars());
        root.put("anchored", windows.anchored());
        root.put("combinations", sweep.combinations());
        JsonFields.number(root, "seconds", seconds);
        ArrayNode folds = root.putArray("folds");
        for (WalkForwardFold fold : result.folds()) {
            ObjectNode node = folds.addObject();
            node.put("fold", fold.index() + 1);
            node.put("trainStart", JsonFields.time(bars.time(fold.trainFrom())));
            node.put("testStart", JsonFields.time(bars.time(fold.testFrom())));
            node.put("testEnd", JsonFields.time(bars.time(fold.testTo() - 1)));
            if (fold.best() == null) {
                node.putNull("fast").putNull("slow").putNull("inSample");
            } else {
                node.put("fast", fold.best().fast()).put("slow", fold.best().slow());
                ObjectNode inSample = node.putObject("inSample");
                JsonFields.number(inSample, "objective", fold.best().score());
                JsonFields.metrics(inSample.putObject("metrics"), fold.best().metrics());
            }
            JsonFields.result(node.putObject("outOfSample"), fold.outOfSample(), false);
        }
        JsonFields.number(root, "initialCash", result.initialCash());
        JsonFields.number(root, "finalValue", result.finalValue());
        JsonFields.metrics(root.putObject("metrics"), result.metrics());
        if (withEquity) {
            JsonFields.equity(root.putArray("equity"), result.equity());
        }
        return JsonFields.print(root);
    }

    private static String text(
            LoadedBars loaded,
            SweepSettings sweep,
            WalkForwardSettings windows,
            WalkForwardResult result,
            double seconds) {
        BarSeries bars = loaded.bars();
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "Walk-forward of SMA cross on %s: fast %s x slow %s, %s training windows of %d bars, tests of %d,"
                        + " step %d; objective %s, min trades %d (%.2f s)%n",
                loaded.source(),
                sweep.fast(),
                sweep.slow(),
                windows.anchored() ? "anchored" : "rolling",
                windows.trainBars(),
                windows.testBars(),
                windows.stepBars(),
                sweep.objective().code(),
                sweep.minTrades(),
                seconds));
        report.append(Parameters.describeBars(loaded))
                .append(System.lineSeparator())
                .append(System.lineSeparator());
        report.append(String.format(
                Locale.ROOT,
                "%4s  %-16s  %-16s %5s %5s %12s %10s %7s%n",
                "fold",
                "train from",
                "test from",
                "fast",
                "slow",
                "in-sample",
                "OOS ret",
                "trades"));
        for (WalkForwardFold fold : result.folds()) {
            boolean none = fold.best() == null;
            report.append(String.format(
                    Locale.ROOT,
                    "%4d  %-16s  %-16s %5s %5s %12s %10s %7d%n",
                    fold.index() + 1,
                    TextFields.time(bars.time(fold.trainFrom())),
                    TextFields.time(bars.time(fold.testFrom())),
                    none ? "-" : String.valueOf(fold.best().fast()),
                    none ? "-" : String.valueOf(fold.best().slow()),
                    none ? "none" : TextFields.number(fold.best().score(), 4),
                    TextFields.percent(fold.outOfSample().metrics().totalReturnPercent()),
                    fold.outOfSample().metrics().trades()));
        }
        report.append(String.format(
                "%nStitched out of sample: final value %s from %s%n",
                TextFields.money(result.finalValue()), TextFields.money(result.initialCash())));
        report.append(TextFields.metrics(result.metrics()));
        return report.toString();
    }
}
