package io.algomoex.benchmarks;

import io.algomoex.common.strategy.SmaCrossStrategy;
import io.algomoex.engine.BacktestEngine;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.RandomWalkSeries;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.Sweep;
import io.algomoex.engine.sweep.SweepProgress;
import io.algomoex.engine.sweep.SweepSettings;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * A quick speed check on generated bars, without JMH: one backtest is the strategy-driven engine running
 * SMA(20)/SMA(50) cross, timed run by run for {@code --seconds} after a warm-up as long; the sweep is a near-square
 * fast x slow grid of about {@code --combos} combinations on all cores, moving averages included, after one warm-up
 * sweep. Medians are reported. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.algomoex.benchmarks.BacktestSpeed [--bars 100000] [--combos 1600] [--threads N] [--seed 42] [--seconds 3]
 * [--format text|json] [--quiet]}.
 */
public final class BacktestSpeed {

    private static final int SWEEP_RUNS = 3;
    private static final BacktestSettings SETTINGS = BacktestSettings.backtrader(1_000_000, 0.0005);
    private static final Set<String> OPTIONS = Set.of("bars", "combos", "threads", "seed", "seconds", "format");

    private BacktestSpeed() {}

    public static void main(String[] args) {
        try {
            run(options(args), System.out, System.err);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Runs the check with parsed options ({@code quiet} as a key without value); prints the report to {@code out}. */
    static void run(Map<String, String> options, PrintStream out, PrintStream err) {
        int barCount = Integer.parseInt(options.getOrDefault("bars", "100000"));
        int combos = Integer.parseInt(options.getOrDefault("combos", "1600"));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "3"));
        boolean json = "json".equals(options.getOrDefault("format", "text"));
        if (barCount < 300 || combos < 1 || !(seconds > 0)) {
            throw new IllegalArgumentException(
                    "needs --bars of at least 300, --combos of at least 1 and positive" + " --seconds");
        }
        BarSeries bars = RandomWalkSeries.generate(barCount, Long.parseLong(options.getOrDefault("seed", "42")));
        SweepSettings sweep = grid(
                combos, Integer.parseInt(options.getOrDefault("threads", String.valueOf(SweepSettings.allCores()))));
        if (!options.containsKey("quiet")) {
            err.printf(
                    Locale.ROOT,
                    "%,d bars; one backtest timed for %.1f s after a %.1f s warm-up;"
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
                json
                        ? json(barCount, backtestSeconds, sweep, sweepSeconds)
                        : text(barCount, backtestSeconds, sweep, sweepSeconds));
    }

    /** {@code --name value} pairs and the {@code --quiet} flag. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (name.equals("quiet")) {
                options.put(name, "");
            } else if (OPTIONS.contains(name) && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option " + args[i] + "; options: --"
                        + String.join(" --", OPTIONS) + " --quiet");
            }
        }
        return options;
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
        Map<String, Object> backtest = new LinkedHashMap<>();
        backtest.put("milliseconds", backtestSeconds * 1e3);
        backtest.put("barsPerSecond", barCount / backtestSeconds);
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("fast", sweep.fast().toString());
        grid.put("slow", sweep.slow().toString());
        grid.put("combinations", sweep.combinations());
        grid.put("threads", sweep.threads());
        grid.put("seconds", sweepSeconds);
        grid.put("barCombinationsPerSecond", sweep.combinations() * (double) barCount / sweepSeconds);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("bars", barCount);
        root.put("backtest", backtest);
        root.put("sweep", grid);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
