package io.algomoex.collector.domain;

/**
 * A successful answer whose body cannot be read as data (broken JSON or CSV, a missing block, an HTML page that is
 * not a login page). Sources retry it once, since a proxy may have cut the body short; the message names the URL and
 * the parse error, and nothing of the body is stored.
 */
public class MalformedSourceBodyException extends SourceFailureException {

    public MalformedSourceBodyException(String message) {
        super(message);
    }

    public MalformedSourceBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
