/**
 * JMH benchmarks of the backtest engine. Run on demand from the shaded jar, never in the default test command:
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package io.algomoex.benchmarks;
