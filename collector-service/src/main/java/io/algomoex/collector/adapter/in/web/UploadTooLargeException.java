package io.algomoex.collector.adapter.in.web;

/** A request body over the configured cap: answered 413, nothing of it stored. */
class UploadTooLargeException extends RuntimeException {

    private final long maxBytes;

    UploadTooLargeException(long maxBytes) {
        super("the candle file is larger than the " + maxBytes + " bytes accepted (algo.collector.api.max-import-size);"
                + " split it and import the parts");
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }
}
