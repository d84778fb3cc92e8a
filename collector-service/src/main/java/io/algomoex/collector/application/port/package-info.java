/** Outbound ports of the collector: where candles are stored and read. */
package io.algomoex.collector.application.port;
