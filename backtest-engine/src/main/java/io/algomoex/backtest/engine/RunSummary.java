package io.algomoex.backtest.engine;

import java.util.Objects;

/** The figures of a run without its order and trade lists: what sweeps rank by. */
record RunSummary(double finalValue, double finalCash, double finalPosition, Metrics metrics) {

    RunSummary {
        Objects.requireNonNull(metrics, "metrics are required");
    }
}
