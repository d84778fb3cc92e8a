package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.backtest.application.SweepRequest;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.SweepSettings;
import java.util.HashSet;
import java.util.Set;

/** Options of the grid: {@code --fast}, {@code --slow} ranges, objective, top, minimum trades and threads. */
final class SweepOptions {

    static final Set<String> VALUES = Set.of("fast", "slow", "objective", "top", "min-trades", "threads");

    private SweepOptions() {}

    static Set<String> valuesWith(Set<String> more) {
        Set<String> all = new HashSet<>(SettingsOptions.VALUES);
        all.addAll(VALUES);
        all.addAll(more);
        return all;
    }

    static SweepSettings from(CommandLineArguments args) {
        try {
            return new SweepSettings(
                    ParameterRange.parse(args.required("fast")),
                    ParameterRange.parse(args.required("slow")),
                    SettingsOptions.size(args),
                    Objective.parse(args.text("objective", "sharpe")),
                    args.integer("top", 10),
                    args.integer("min-trades", 0),
                    args.integer("threads", SweepSettings.allCores()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    static SweepSettings requireCombinations(SweepSettings sweep) {
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
