/**
 * Outbound ports of the collector: candle storage, candle vendors, the instrument directory, job persistence, the
 * response cache, the cross-replica series lock and event publishing.
 */
package io.algomoex.collector.application.port;
