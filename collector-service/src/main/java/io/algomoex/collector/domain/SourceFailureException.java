package io.algomoex.collector.domain;

/**
 * A candle source failed in a way that stops the job: no entitlement ({@link SourceRefusedException}), a body that
 * stayed malformed ({@link MalformedSourceBodyException}), an answer no retry can change (HTTP 404), or a transient
 * failure that outlasted the retry deadline. The message names the URL and says which, without secrets.
 */
public class SourceFailureException extends RuntimeException {

    public SourceFailureException(String message) {
        super(message);
    }

    public SourceFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
