package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.RankedEntry;
import io.algomoex.engine.sweep.SweepEntry;

/** Sweep entries of the engine as stored and shown: undefined scores become {@code null}. */
final class Rankings {

    private Rankings() {}

    static RankedEntry entry(SweepEntry entry) {
        return new RankedEntry(
                entry.fast(),
                entry.slow(),
                score(entry.score()),
                entry.metrics().trades(),
                entry.finalValue(),
                BacktestReports.metrics(entry.metrics()));
    }

    static Double score(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
