package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.backtest.engine.BacktestEngine;
import io.algomoex.backtest.engine.BacktestSettings;
import io.algomoex.backtest.engine.BarSeries;
import io.algomoex.backtest.engine.Objective;
import io.algomoex.backtest.engine.ParameterRange;
import io.algomoex.backtest.engine.RandomWalkSeries;
import io.algomoex.backtest.engine.Sweep;
import io.algomoex.backtest.engine.SweepProgress;
import io.algomoex.backtest.engine.SweepSettings;
import io.algomoex.common.strategy.SmaCrossStrategy;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bench}: speed on generated bars. One backtest is the strategy-driven engine running SMA(20)/SMA(50) cross,
 * timed run by run for {@code --seconds} after a warm-up as long; the sweep is a near-square fast x slow grid of
 * about {@code --combos} combinations on all cores, moving averages included. Medians are reported.
 */
final class BenchCommand {

    private static final int SWEEP_RUNS = 3;
    private static final BacktestSettings SETTINGS = BacktestSettings.backtrader(1_000_000, 0.0005);

    private BenchCommand() {}

    static int run(String[] argv, PrintStream out, PrintStream err) {
        CommandLineArguments args = CommandLineArguments.parse(
                argv, Set.of("bars", "combos", "threads", "seed", "seconds", "format"), Set.of("quiet"));
        ReportFormat format = ReportFormat.of(args);
        int barCount = args.integer("bars", 100_000);
        int combos = args.integer("combos", 1_600);
        double seconds = args.number("seconds", 3);
        if (barCount < 300 || combos < 1 || !(seconds > 0)) {
            throw new UsageException(
                    "bench needs --bars of at least 300, --combos of at least 1 and positive --seconds");
        }
        BarSeries bars = RandomWalkSeries.generate(barCount, args.integer("seed", 42));
        SweepSettings sweep = grid(combos, args.integer("threads", SweepSettings.allCores()));
        if (!args.flag("quiet")) {
            err.printf(
                    Locale.ROOT,
                    "bench: %,d bars; one backtest timed for %.1f s after a %.1f s warm-up;"
                            + " %d sweeps of %,d combinations after one warm-up sweep%n",
                    barCount,
                    seconds,
                    seconds,
                    SWEEP_RUNS,
                    sweep.combinations());
        }
        double backtestSeconds = medianBacktestSeconds(bars, (long) (seconds * 1e9));
        double sweepSeconds = medianSweepSeconds(bars, sweep);
        out.println(
                format == ReportFormat.JSON
                        ? json(barCount, backtestSeconds, sweep, sweepSeconds)
                        : text(barCount, backtestSeconds, sweep, sweepSeconds));
        return 0;
    }

    /** fast {@code 5..4+a}, slow from {@code 5+a} in steps of 5: every pair has fast below slow. */
    static SweepSettings grid(int combos, int threads) {
        int fastCount = (int) Math.ceil(Math.sqrt(combos));
        int slowCount = (combos + fastCount - 1) / fastCount;
        int slowFrom = 5 + fastCount;
        return new SweepSettings(
                new ParameterRange(5, 4 + fastCount, 1),
                new ParameterRange(slowFrom, slowFrom + 5 * (slowCount - 1), 5),
                10,
                Objective.SHARPE,
                10,
                0,
                threads);
    }

    private static double medianBacktestSeconds(BarSeries bars, long phaseNanos) {
        long warmUpEnd = System.nanoTime() + phaseNanos;
        while (System.nanoTime() < warmUpEnd) {
            BacktestEngine.run(bars, new SmaCrossStrategy(20, 50, 10), SETTINGS);
        }
        long[] times = new long[4096];
        int runs = 0;
        long measureEnd = System.nanoTime() + phaseNanos;
        while ((System.nanoTime() < measureEnd || runs < 5) && runs < times.length) {
            long started = System.nanoTime();
            BacktestEngine.run(bars, new SmaCrossStrategy(20, 50, 10), SETTINGS);
            times[runs++] = System.nanoTime() - started;
        }
        Arrays.sort(times, 0, runs);
        return times[runs / 2] / 1e9;
    }

    private static double medianSweepSeconds(BarSeries bars, SweepSettings sweep) {
        Sweep.run(bars, sweep, SETTINGS, SweepProgress.NONE);
        double[] seconds = new double[SWEEP_RUNS];
        for (int i = 0; i < SWEEP_RUNS; i++) {
            long started = System.nanoTime();
            Sweep.run(bars, sweep, SETTINGS, SweepProgress.NONE);
            seconds[i] = (System.nanoTime() - started) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[SWEEP_RUNS / 2];
    }

    private static String text(int barCount, double backtestSeconds, SweepSettings sweep, double sweepSeconds) {
        return String.format(
                Locale.ROOT,
                "one backtest (SMA 20/50, %,d bars): %.3f ms median -> %,.0f bars/s%n"
                        + "sweep (fast %s x slow %s = %,d combinations, %d threads): %.3f s median -> %,.0f"
                        + " bar-combinations/s",
                barCount,
                backtestSeconds * 1e3,
                barCount / backtestSeconds,
                sweep.fast(),
                sweep.slow(),
                sweep.combinations(),
                sweep.threads(),
                sweepSeconds,
                sweep.combinations() * (double) barCount / sweepSeconds);
    }

    private static String json(int barCount, double backtestSeconds, SweepSettings sweep, double sweepSeconds) {
        ObjectNode root = JsonFields.MAPPER.createObjectNode();
        root.put("command", "bench");
        root.put("bars", barCount);
        ObjectNode backtest = root.putObject("backtest");
        JsonFields.number(backtest, "milliseconds", backtestSeconds * 1e3);
        JsonFields.number(backtest, "barsPerSecond", barCount / backtestSeconds);
        ObjectNode grid = root.putObject("sweep");
        grid.put("fast", sweep.fast().toString()).put("slow", sweep.slow().toString());
        grid.put("combinations", sweep.combinations()).put("threads", sweep.threads());
        JsonFields.number(grid, "seconds", sweepSeconds);
        JsonFields.number(grid, "barCombinationsPerSecond", sweep.combinations() * (double) barCount / sweepSeconds);
        return JsonFields.print(root);
    }
}
