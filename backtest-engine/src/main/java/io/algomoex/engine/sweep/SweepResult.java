package io.algomoex.engine.sweep;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a sweep.
 *
 * @param objective what was maximised
 * @param best the best combinations, best first, at most {@code top}
 * @param combinations combinations run ({@code fast < slow})
 * @param qualified combinations with at least the minimum number of trades
 * @param bars bars in the swept window
 */
public record SweepResult(Objective objective, List<SweepEntry> best, long combinations, long qualified, int bars) {

    public SweepResult {
        Objects.requireNonNull(objective, "objective is required");
        best = List.copyOf(best);
    }
}
