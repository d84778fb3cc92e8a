package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.backtest.application.SweepRequest;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.SweepSettings;
import picocli.CommandLine.Option;

/** Options of the grid: {@code --fast}, {@code --slow} ranges, objective, top, minimum trades and threads. */
final class GridOptions {

    @Option(
            names = "--fast",
            required = true,
            paramLabel = "FROM:TO:STEP",
            description = "fast SMA lengths, e.g. 5:50:1")
    ParameterRange fast;

    @Option(
            names = "--slow",
            required = true,
            paramLabel = "FROM:TO:STEP",
            description = "slow SMA lengths, e.g. 20:200:5")
    ParameterRange slow;

    @Option(
            names = "--objective",
            defaultValue = "sharpe",
            description = "final-value, total-return, sharpe, sortino, profit-factor or return-drawdown")
    Objective objective;

    @Option(names = "--top", defaultValue = "10", description = "best combinations to print")
    int top;

    @Option(names = "--min-trades", defaultValue = "0", description = "trades a combination needs to be ranked")
    int minTrades;

    @Option(names = "--threads", description = "worker threads; all cores when omitted")
    int threads = SweepSettings.allCores();

    /**
     * The grid with the strategy's size, refused before anything is allocated when it is too large or holds no
     * combination with fast &lt; slow.
     */
    SweepSettings sweep(double size) {
        SweepSettings sweep;
        try {
            sweep = new SweepSettings(fast, slow, size, objective, top, minTrades, threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        // Checked from the bounds before combinations() allocates the values.
        if (sweep.fast().size() * sweep.slow().size() > SweepRequest.MAX_COMBINATIONS) {
            throw new UsageException("the grid has more than " + SweepRequest.MAX_COMBINATIONS
                    + " fast x slow pairs: fast " + sweep.fast() + ", slow " + sweep.slow());
        }
        if (sweep.combinations() == 0) {
            throw new UsageException("no combination has fast < slow: fast " + sweep.fast() + ", slow " + sweep.slow());
        }
        return sweep;
    }
}
