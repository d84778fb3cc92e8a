/** Micrometer meters for runs, sweep throughput and chunk failures. */
package io.algomoex.backtest.adapter.out.metrics;
