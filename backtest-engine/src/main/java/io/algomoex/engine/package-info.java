/**
 * The Backtrader-compatible backtest engine: {@link io.algomoex.engine.BacktestEngine} runs a strategy over bars
 * through the shared bar loop ({@link io.algomoex.engine.Simulation}) and returns a
 * {@link io.algomoex.engine.BacktestResult}. Sub-packages: {@code model} (bars and settings), {@code broker},
 * {@code metrics}, {@code sweep} and {@code walkforward}. Plain Java, no I/O: callers load bars and print results.
 */
package io.algomoex.engine;
