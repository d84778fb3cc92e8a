package io.algomoex.collector.domain;

/**
 * A candle source failed in a way that stops the job: no entitlement (HTTP 403 or an HTML page instead of data), a
 * malformed body, or an error that outlasted every retry. The message says which, without secrets.
 */
public class SourceFailureException extends RuntimeException {

    public SourceFailureException(String message) {
        super(message);
    }

    public SourceFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
