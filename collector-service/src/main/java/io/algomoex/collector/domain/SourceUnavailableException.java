package io.algomoex.collector.domain;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A candle source failed in a way that usually passes: HTTP 5xx (whatever the body), 429, a dropped or reset
 * connection, or a timeout. Sources retry it within their retry deadline and never let it cross the
 * {@code CandleSource} port; what outlasts the deadline becomes a {@link SourceFailureException}.
 */
public class SourceUnavailableException extends RuntimeException {

    private final String status;
    private final Duration retryAfter;

    /**
     * @param status the HTTP status, or {@code io-error} / {@code timeout}; used as a metric tag
     * @param message what happened, without secrets
     * @param retryAfter how long the source asked to wait (HTTP {@code Retry-After}), or {@code null}
     */
    public SourceUnavailableException(String status, String message, Duration retryAfter) {
        super(message);
        this.status = Objects.requireNonNull(status, "status is required");
        this.retryAfter = retryAfter;
    }

    /** An I/O failure: status {@code timeout} for read, connect and call timeouts, {@code io-error} for the rest. */
    public static SourceUnavailableException of(IOException e) {
        // OkHttp reports its timeouts as InterruptedIOException (SocketTimeoutException among them).
        String status = e instanceof InterruptedIOException ? "timeout" : "io-error";
        return new SourceUnavailableException(status, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
    }

    public String status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
