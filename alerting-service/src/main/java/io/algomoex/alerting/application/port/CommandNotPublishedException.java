package io.algomoex.alerting.application.port;

/** The broker did not confirm a command; the operator is told to try again. */
public class CommandNotPublishedException extends RuntimeException {

    public CommandNotPublishedException(String message, Throwable cause) {
        super(message, cause);
    }
}
