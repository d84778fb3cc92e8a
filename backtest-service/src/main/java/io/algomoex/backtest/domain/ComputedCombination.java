package io.algomoex.backtest.domain;

/**
 * One computed combination of a sweep, the cell of a heatmap.
 *
 * @param fast fast SMA period
 * @param slow slow SMA period
 * @param objective the objective's value, {@code null} when undefined
 * @param trades closed trades
 * @param finalValue cash plus position at the last close, in roubles
 */
public record ComputedCombination(int fast, int slow, Double objective, int trades, double finalValue) {}
