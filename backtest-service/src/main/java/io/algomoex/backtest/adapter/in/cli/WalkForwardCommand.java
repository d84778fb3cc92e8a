package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.SweepSettings;
import io.algomoex.engine.walkforward.WalkForward;
import io.algomoex.engine.walkforward.WalkForwardFold;
import io.algomoex.engine.walkforward.WalkForwardResult;
import io.algomoex.engine.walkforward.WalkForwardSettings;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code walk-forward}: per fold the best in-sample combination, run out of sample, with the stitched result. */
@Command(
        name = "walk-forward",
        description = "per fold the best in-sample combination, run out of sample, and the stitched result",
        showDefaultValues = true,
        sortOptions = false)
final class WalkForwardCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    private GridOptions grid;

    @Option(names = "--train", required = true, paramLabel = "BARS", description = "in-sample window")
    private int train;

    @Option(names = "--test", required = true, paramLabel = "BARS", description = "out-of-sample window")
    private int test;

    @Option(names = "--step", paramLabel = "BARS", description = "bars between fold starts; --test when omitted")
    private Integer step;

    @Option(names = "--anchored", description = "every training window starts at the first bar")
    private boolean anchored;

    @Option(names = "--no-equity", description = "leave the equity curve out of the JSON")
    private boolean noEquity;

    @Mixin
    private CommonOptions common;

    @Mixin
    private AccountOptions account;

    WalkForwardCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        BacktestSettings settings = account.settings();
        SweepSettings sweep = grid.sweep(account.size());
        WalkForwardSettings windows = windows();
        LoadedBars loaded = WarmUpWhileLoading.read(settings, () -> LoadedBars.read(common, err));
        long started = System.nanoTime();
        WalkForwardResult result;
        try {
            result = WalkForward.run(
                    loaded.bars(), sweep, windows, settings, ProgressPrinter.of(common.quiet, err, "walk-forward"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.println(
                common.format == ReportFormat.JSON
                        ? json(loaded, sweep, windows, result, seconds, !noEquity)
                        : text(loaded, sweep, windows, result, seconds));
        return BacktestCommandLine.OK;
    }

    private WalkForwardSettings windows() {
        try {
            return new WalkForwardSettings(train, test, step == null ? test : step, anchored);
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
