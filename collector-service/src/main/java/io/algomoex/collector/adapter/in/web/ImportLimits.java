package io.algomoex.collector.adapter.in.web;

/**
 * How large a candle file {@code POST /api/v1/imports} reads. The import parses the whole file before it stores
 * anything (so a file that does not parse stores nothing), and that costs heap: since the reader keeps candles as
 * columns, the live heap at the import's peak is about 6.5 bytes per byte of a plain {@code time,open,high,low,close,volume}
 * file with 49-byte rows (the densest candle files get) and 5.5 per byte of Finam's 57-byte rows, about 320 bytes a row,
 * half of what the reader took before; a 24 MB file imports with a 270 MB heap. A file larger than the heap holds
 * would stop the JVM ({@code -XX:+ExitOnOutOfMemoryError} in the image), so the configured cap is lowered to what the
 * heap fits.
 *
 * @param maxBytes the largest candle file read, in bytes, at least 1
 * @param configuredBytes {@code algo.collector.api.max-import-size}; above {@code maxBytes} when the heap is smaller
 *     than that cap needs
 */
public record ImportLimits(long maxBytes, long configuredBytes) {

    /** Heap held per byte of file at the import's peak (6.5 measured on the densest rows), with a margin of two. */
    public static final long HEAP_PER_BYTE = 14;
    /** Heap the collector keeps besides an import (its live set after start is about 40 MB), with a margin. */
    static final long RESERVED_HEAP = 96L << 20;
    /** However small the heap, a file of this size is accepted. */
    static final long SMALLEST_CAP = 1L << 20;

    public ImportLimits {
        if (maxBytes < 1 || configuredBytes < maxBytes) {
            throw new IllegalArgumentException(
                    "need 1 <= maxBytes <= configuredBytes, got " + maxBytes + " and " + configuredBytes);
        }
    }

    /** The configured cap, or less when a heap of {@code maxHeapBytes} cannot parse a file that large. */
    public static ImportLimits fitting(long configuredBytes, long maxHeapBytes) {
        long fits = Math.max(SMALLEST_CAP, (maxHeapBytes - RESERVED_HEAP) / HEAP_PER_BYTE);
        return new ImportLimits(Math.min(configuredBytes, fits), configuredBytes);
    }

    /** Whether the heap, not the setting, sets the cap. */
    public boolean loweredByHeap() {
        return maxBytes < configuredBytes;
    }
}
