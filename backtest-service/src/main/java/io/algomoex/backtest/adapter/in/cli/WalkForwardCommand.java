package io.algomoex.backtest.adapter.in.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.algomoex.backtest.application.BacktestReports;
import io.algomoex.backtest.domain.WalkForwardReport.EquityPoint;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.sweep.SweepSettings;
import io.algomoex.engine.walkforward.WalkForward;
import io.algomoex.engine.walkforward.WalkForwardFold;
import io.algomoex.engine.walkforward.WalkForwardResult;
import io.algomoex.engine.walkforward.WalkForwardSettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code walk-forward}: per fold the best in-sample combination, run out of sample, with the stitched result. */
@Command(
        name = "walk-forward",
        description = "per fold the best in-sample combination, run out of sample, and the stitched result",
        showDefaultValues = true,
        sortOptions = false)
final class WalkForwardCommand extends CsvCommand {

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

    WalkForwardCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        BacktestSettings settings = account.settings();
        SweepSettings sweep = grid.sweep(account.size());
        WalkForwardSettings windows = windows();
        LoadedBars loaded = WarmUpWhileLoading.read(settings, sweep, () -> LoadedBars.read(common, err));
        long started = System.nanoTime();
        WalkForwardResult result;
        try {
            result = WalkForward.run(
                    loaded.bars(), sweep, windows, settings, ProgressPrinter.of(common.quiet, err, "walk-forward"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return print(
                () -> json(loaded, sweep, windows, result, seconds, !noEquity),
                () -> text(loaded, sweep, windows, result, seconds));
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
        return JsonReport.print(new Report(
                "walk-forward",
                loaded.source(),
                bars.size(),
                sweep.objective().code(),
                sweep.fast().toString(),
                sweep.slow().toString(),
                windows.trainBars(),
                windows.testBars(),
                windows.stepBars(),
                windows.anchored(),
                sweep.combinations(),
                seconds,
                result.folds().stream().map(fold -> FoldJson.of(bars, fold)).toList(),
                result.initialCash(),
                result.finalValue(),
                MetricsJson.of(result.metrics()),
                withEquity ? BacktestReports.equity(result.equity()) : null));
    }

    /** The JSON report: the grid and windows, every fold, then the stitched out-of-sample run. */
    record Report(
            String command,
            String source,
            int bars,
            String objective,
            String fast,
            String slow,
            int train,
            int test,
            int step,
            boolean anchored,
            long combinations,
            double seconds,
            List<FoldJson> folds,
            double initialCash,
            double finalValue,
            MetricsJson metrics,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<EquityPoint> equity) {}

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
