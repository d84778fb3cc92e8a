package io.algomoex.engine.sweep;

import io.algomoex.engine.metrics.Metrics;
import java.util.Objects;

/**
 * One ranked combination of a sweep.
 *
 * @param fast fast period
 * @param slow slow period
 * @param score the objective's value, {@code NaN} when undefined
 * @param finalValue final account value
 * @param metrics all metrics of the run
 */
public record SweepEntry(int fast, int slow, double score, double finalValue, Metrics metrics) {

    public SweepEntry {
        Objects.requireNonNull(metrics, "metrics are required");
    }

    /** Best first: higher score, a defined score before {@code NaN}, then smaller fast, then smaller slow. */
    public static int bestFirst(SweepEntry a, SweepEntry b) {
        boolean aDefined = !Double.isNaN(a.score);
        boolean bDefined = !Double.isNaN(b.score);
        if (aDefined != bDefined) {
            return aDefined ? -1 : 1;
        }
        int byScore = Double.compare(b.score, a.score);
        if (byScore != 0) {
            return byScore;
        }
        return a.fast != b.fast ? Integer.compare(a.fast, b.fast) : Integer.compare(a.slow, b.slow);
    }
}
