package io.algomoex.collector.adapter.in.web;

/** A request body over the configured cap: answered 413, nothing of it stored. */
class UploadTooLargeException extends RuntimeException {

    private final long maxBytes;

    UploadTooLargeException(ImportLimits limits) {
        super("the candle file is larger than the " + limits.maxBytes() + " bytes accepted"
                + (limits.loweredByHeap()
                        ? " (algo.collector.api.max-import-size is " + limits.configuredBytes()
                                + ", lowered to what this service's heap can parse; give it more memory to import"
                                + " larger files)"
                        : " (algo.collector.api.max-import-size)")
                + "; split it and import the parts");
        this.maxBytes = limits.maxBytes();
    }

    long maxBytes() {
        return maxBytes;
    }
}
