package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.sweep.Sweep;
import io.algomoex.engine.sweep.SweepEntry;
import io.algomoex.engine.sweep.SweepResult;
import io.algomoex.engine.sweep.SweepSettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sweep}: the fast x slow grid of the SMA cross strategy over a CSV file, best combinations first. */
@Command(
        name = "sweep",
        description = "the fast x slow grid of the SMA cross strategy over a CSV file, best first",
        showDefaultValues = true,
        sortOptions = false)
final class SweepCommand extends CsvCommand {

    @Mixin
    private GridOptions grid;

    SweepCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        BacktestSettings settings = account.settings();
        SweepSettings sweep = grid.sweep(account.size());
        LoadedBars loaded = WarmUpWhileLoading.read(settings, sweep, () -> LoadedBars.read(common, err));
        long started = System.nanoTime();
        SweepResult result = Sweep.run(loaded.bars(), sweep, settings, ProgressPrinter.of(common.quiet, err, "sweep"));
        double seconds = (System.nanoTime() - started) / 1e9;
        return print(
                () -> json(loaded, sweep, settings, result, seconds),
                () -> text(loaded, sweep, settings, result, seconds));
    }

    private static String json(
            LoadedBars loaded, SweepSettings sweep, BacktestSettings settings, SweepResult result, double seconds) {
        return JsonReport.print(new Report(
                "sweep",
                loaded.source(),
                result.bars(),
                result.combinations(),
                result.qualified(),
                seconds,
                sweep.objective().code(),
                sweep.fast().toString(),
                sweep.slow().toString(),
                sweep.size(),
                sweep.minTrades(),
                sweep.top(),
                SettingsJson.of(settings),
                CsvJson.of(loaded.csv()),
                result.best().stream()
                        .map(entry -> new RankedCombination(
                                entry.fast(),
                                entry.slow(),
                                entry.score(),
                                entry.finalValue(),
                                MetricsJson.of(entry.metrics())))
                        .toList()));
    }

    /** The JSON report: the grid and how it was ranked, then the best combinations first. */
    record Report(
            String command,
            String source,
            int bars,
            long combinations,
            long qualified,
            double seconds,
            String objective,
            String fast,
            String slow,
            double size,
            int minTrades,
            int top,
            SettingsJson settings,
            CsvJson csv,
            List<RankedCombination> results) {}

    record RankedCombination(int fast, int slow, double objective, double finalValue, MetricsJson metrics) {}

    private static String text(
            LoadedBars loaded, SweepSettings sweep, BacktestSettings settings, SweepResult result, double seconds) {
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "Sweep of SMA cross on %s: fast %s x slow %s, size %s%n",
                loaded.source(),
                sweep.fast(),
                sweep.slow(),
                TextFields.size(sweep.size())));
        report.append(Parameters.describeBars(loaded)).append(System.lineSeparator());
        report.append(Parameters.describe(settings)).append(System.lineSeparator());
        report.append(String.format(
                Locale.ROOT,
                "%,d combinations in %.2f s (%,.0f bar-combinations/s); %,d with at least %d trades%n%n",
                result.combinations(),
                seconds,
                result.combinations() * (double) result.bars() / seconds,
                result.qualified(),
                sweep.minTrades()));
        report.append(String.format(
                Locale.ROOT,
                "%3s %5s %5s %12s %10s %9s %7s %7s %8s %16s%n",
                "#",
                "fast",
                "slow",
                sweep.objective().code(),
                "return",
                "max DD",
                "trades",
                "win",
                "PF",
                "final value"));
        int rank = 1;
        for (SweepEntry entry : result.best()) {
            report.append(String.format(
                    Locale.ROOT,
                    "%3d %5d %5d %12s %10s %9s %7d %7s %8s %16s%n",
                    rank++,
                    entry.fast(),
                    entry.slow(),
                    TextFields.number(entry.score(), 4),
                    TextFields.percent(entry.metrics().totalReturnPercent()),
                    TextFields.percent(entry.metrics().maxDrawdownPercent()),
                    entry.metrics().trades(),
                    TextFields.percent(entry.metrics().winRatePercent()),
                    TextFields.number(entry.metrics().profitFactor(), 2),
                    TextFields.money(entry.finalValue())));
        }
        if (result.best().isEmpty()) {
            report.append("No combination had the minimum number of trades.");
        }
        return report.toString().stripTrailing();
    }
}
