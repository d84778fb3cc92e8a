package io.algomoex.collector.adapter.in.web;

/**
 * An import arrived while another was being parsed: answered 429 with {@code Retry-After}, nothing of it read. One
 * import at a time keeps the heap an import needs to one file's worth ({@link ImportLimits}).
 */
class ImportBusyException extends RuntimeException {

    static final int RETRY_AFTER_SECONDS = 5;

    ImportBusyException() {
        super("another candle file is being imported; send this one again when it has finished (one import runs at a"
                + " time, so that two large files never need the heap together)");
    }
}
