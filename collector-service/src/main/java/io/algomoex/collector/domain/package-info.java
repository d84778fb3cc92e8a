/** What the collector knows about stored market data: series of candles and their extent. Plain Java. */
package io.algomoex.collector.domain;
