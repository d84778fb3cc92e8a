/** Collector use cases; they reach storage and market-data vendors only through the ports in {@code port}. */
package io.algomoex.collector.application;
