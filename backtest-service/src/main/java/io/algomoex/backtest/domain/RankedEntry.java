package io.algomoex.backtest.domain;

import java.util.Map;

/**
 * One combination of a sweep with its full figures, as shown in the top list.
 *
 * @param fast fast SMA period
 * @param slow slow SMA period
 * @param objective the objective's value, {@code null} when undefined
 * @param trades closed trades
 * @param finalValue cash plus position at the last close, in roubles
 * @param metrics metric name to value, named as a backtest's metrics; undefined metrics are absent
 */
public record RankedEntry(
        int fast, int slow, Double objective, int trades, double finalValue, Map<String, Double> metrics) {

    public RankedEntry {
        metrics = Map.copyOf(metrics);
    }
}
