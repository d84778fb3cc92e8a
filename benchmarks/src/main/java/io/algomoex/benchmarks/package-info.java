/**
 * JMH benchmarks of the backtest engine and the quick {@link io.algomoex.benchmarks.BacktestSpeed} check. Run on
 * demand from the shaded jar, never in the default test command: {@code java -jar benchmarks/target/benchmarks.jar}
 * or {@code java -cp benchmarks/target/benchmarks.jar io.algomoex.benchmarks.BacktestSpeed}.
 */
package io.algomoex.benchmarks;
