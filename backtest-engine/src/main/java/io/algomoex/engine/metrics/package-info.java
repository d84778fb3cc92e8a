/**
 * The figures of a run: drawdown, Sharpe, Sortino and exposure from the equity, win rate and profit factor from the
 * closed trades, gathered in {@link io.algomoex.engine.metrics.Metrics}.
 */
package io.algomoex.engine.metrics;
