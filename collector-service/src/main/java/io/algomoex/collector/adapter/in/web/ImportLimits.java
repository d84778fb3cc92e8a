package io.algomoex.collector.adapter.in.web;

/** @param maxBytes the largest candle file {@code POST /api/v1/imports} reads, in bytes, at least 1 */
public record ImportLimits(long maxBytes) {

    public ImportLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
        }
    }
}
