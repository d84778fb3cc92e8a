package io.algomoex.backtest.adapter.in.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.algomoex.engine.metrics.Metrics;

/**
 * The engine's metrics with every figure present, an undefined one as {@code null} (the stored report leaves it out
 * instead), followed by the return over maximum drawdown, which the engine derives rather than stores.
 */
record MetricsJson(@JsonUnwrapped Metrics metrics, double returnOverMaxDrawdown) {

    static MetricsJson of(Metrics metrics) {
        return new MetricsJson(metrics, metrics.returnOverMaxDrawdown());
    }
}
