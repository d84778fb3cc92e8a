/**
 * Latency benchmarks of trading-service, plain mains run with {@code java -cp} (Spring Boot does not survive the JMH
 * shade): {@link io.algomoex.benchmarks.trading.CandleToOrderBenchmark} (paper broker) and
 * {@link io.algomoex.benchmarks.trading.AlorCandleToOrderBenchmark} and
 * {@link io.algomoex.benchmarks.trading.TinvestCandleToOrderBenchmark} (the loopback fakes). Each runs the service's
 * own application context on a throwaway PostgreSQL database and prints percentiles.
 */
package io.algomoex.benchmarks.trading;
