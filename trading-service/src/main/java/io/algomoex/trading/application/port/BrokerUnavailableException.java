package io.algomoex.trading.application.port;

/** The broker could not be reached; the call may be retried once the order's fate is known. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
