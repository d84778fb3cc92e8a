package io.algomoex.engine.sweep;

import java.util.Objects;

/**
 * A grid sweep of the SMA cross strategy.
 *
 * @param fast fast periods
 * @param slow slow periods; combinations with {@code fast >= slow} are skipped
 * @param size units bought on an up-cross
 * @param objective what to maximise
 * @param top how many best combinations to keep, at least 1
 * @param minTrades combinations with fewer closed trades are left out of the ranking, zero or more
 * @param threads worker threads, at least 1
 */
public record SweepSettings(
        ParameterRange fast,
        ParameterRange slow,
        double size,
        Objective objective,
        int top,
        int minTrades,
        int threads) {

    public SweepSettings {
        Objects.requireNonNull(fast, "fast range is required");
        Objects.requireNonNull(slow, "slow range is required");
        Objects.requireNonNull(objective, "objective is required");
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        if (top < 1 || minTrades < 0 || threads < 1) {
            throw new IllegalArgumentException(
                    "need top >= 1, minTrades >= 0 and threads >= 1, got " + top + ", " + minTrades + ", " + threads);
        }
    }

    /** All cores of this machine. */
    public static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The number of combinations with {@code fast < slow}. */
    public long combinations() {
        long count = 0;
        for (int f : fast.values()) {
            for (int s : slow.values()) {
                if (f < s) {
                    count++;
                }
            }
        }
        return count;
    }
}
