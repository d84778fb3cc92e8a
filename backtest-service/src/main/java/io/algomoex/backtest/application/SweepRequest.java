package io.algomoex.backtest.application;

import static io.algomoex.backtest.domain.InvalidBacktestRequestException.require;

import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import io.algomoex.engine.sweep.SweepSettings;
import java.util.Objects;

/**
 * A grid sweep of the SMA cross strategy over stored candles: the market and account fields of a backtest, the fast
 * and slow ranges, and how to rank. Combinations with {@code fast >= slow} are skipped and not counted.
 *
 * @param setup the market, range, strategy name ({@code sma-cross}) and account
 * @param fast fast periods
 * @param slow slow periods
 * @param objective what to maximise
 * @param minTrades combinations with fewer closed trades are left out of the ranking, zero or more
 * @param top how many best combinations to keep, 1 to {@value #MAX_TOP}
 */
public record SweepRequest(
        BacktestSetup setup, ParameterRange fast, ParameterRange slow, Objective objective, int minTrades, int top) {

    public static final int MAX_TOP = 1000;

    /** The largest grid accepted, counting every fast x slow pair. */
    public static final int MAX_COMBINATIONS = 1_000_000;

    public SweepRequest {
        Objects.requireNonNull(setup, "setup is required");
        require(fast != null, "grid.fast", "is required");
        require(slow != null, "grid.slow", "is required");
        require(objective != null, "objective", "is required");
        require(minTrades >= 0, "minTrades", "must be zero or more, got " + minTrades);
        require(top >= 1 && top <= MAX_TOP, "top", "must be between 1 and " + MAX_TOP + ", got " + top);
        require(
                // Counted from the bounds: fast=1:2147483647 must be refused before its 8 GB array exists.
                fast.size() * slow.size() <= MAX_COMBINATIONS,
                "grid",
                "has more than " + MAX_COMBINATIONS + " combinations: fast " + fast + ", slow " + slow);
        require(
                combinations(fast, slow) > 0,
                "grid",
                "has no combination with fast < slow: fast " + fast + ", slow " + slow);
    }

    /** The number of {@code fast < slow} combinations. */
    public int combinations() {
        return combinations(fast, slow);
    }

    /** The engine's account and execution settings. */
    public BacktestSettings settings() {
        return AccountSettings.of(setup);
    }

    /** The engine's sweep settings, computing on {@code threads} threads. */
    public SweepSettings sweepSettings(int threads) {
        return new SweepSettings(fast, slow, setup.size().doubleValue(), objective, top, minTrades, threads);
    }

    private static int combinations(ParameterRange fast, ParameterRange slow) {
        // The same count the engine makes; only for this request's validation it must not throw.
        return Math.toIntExact(new SweepSettings(fast, slow, 1, Objective.FINAL_VALUE, 1, 0, 1).combinations());
    }
}
