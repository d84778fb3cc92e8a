package io.algomoex.alerting.application.port;

/** trading-service could not be asked; the message says why, for the operator. */
public class TradingServiceUnavailableException extends RuntimeException {

    public TradingServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
