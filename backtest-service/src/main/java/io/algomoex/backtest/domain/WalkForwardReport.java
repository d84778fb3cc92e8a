package io.algomoex.backtest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stored outcome of a walk-forward analysis.
 *
 * @param folds every fold in time order
 * @param stitched the out-of-sample runs of all folds joined into one
 */
public record WalkForwardReport(List<Fold> folds, Stitched stitched) {

    public WalkForwardReport {
        folds = List.copyOf(folds);
        Objects.requireNonNull(stitched, "stitched is required");
    }

    /**
     * One fold. Window bounds are the starts of their first and last bars, UTC, both inclusive.
     *
     * @param index 0-based fold number
     * @param trainFrom first in-sample bar
     * @param trainTill last in-sample bar
     * @param testFrom first out-of-sample bar
     * @param testTill last out-of-sample bar
     * @param params best in-sample {@code fast} and {@code slow}, or {@code null} when no combination had the minimum
     *     number of trades (the fold then stays flat)
     * @param inSample the best combination's in-sample metrics; empty without one
     * @param outOfSample metrics of the out-of-sample run
     */
    public record Fold(
            int index,
            Instant trainFrom,
            Instant trainTill,
            Instant testFrom,
            Instant testTill,
            Map<String, Integer> params,
            Map<String, Double> inSample,
            Map<String, Double> outOfSample) {}

    /**
     * @param metrics metrics of the stitched out-of-sample run
     * @param initialCash capital of the first fold
     * @param finalValue value at the end of the last fold
     * @param equity the stitched out-of-sample equity curve
     */
    public record Stitched(
            Map<String, Double> metrics, double initialCash, double finalValue, List<EquityPoint> equity) {}

    /** Account value at the close of the bar starting at {@code time}. */
    public record EquityPoint(Instant time, double value) {}
}
