package io.algomoex.engine;

import io.algomoex.engine.metrics.Metrics;
import java.util.Objects;

/** The figures of a run without its order and trade lists: what sweeps rank by. */
public record RunSummary(double finalValue, double finalCash, double finalPosition, Metrics metrics) {

    public RunSummary {
        Objects.requireNonNull(metrics, "metrics are required");
    }
}
