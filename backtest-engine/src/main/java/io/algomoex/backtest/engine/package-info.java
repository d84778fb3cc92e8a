/**
 * The Backtrader-compatible backtest engine: simulation of market orders on primitive arrays, metrics, parameter
 * sweeps and walk-forward analysis. Plain Java, no I/O: callers load bars and print results.
 */
package io.algomoex.backtest.engine;
