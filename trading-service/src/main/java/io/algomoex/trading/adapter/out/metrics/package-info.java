/** Micrometer meters of the live loop, exported to Prometheus. */
package io.algomoex.trading.adapter.out.metrics;
