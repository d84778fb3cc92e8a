package io.algomoex.collector.domain;

/**
 * The source refused the data: HTTP 401 or 403, or a login page where data was expected. Retrying cannot help, so the
 * job stops at once; the message names the URL and says an entitlement or authentication is missing.
 */
public class SourceRefusedException extends SourceFailureException {

    public SourceRefusedException(String message) {
        super(message);
    }
}
