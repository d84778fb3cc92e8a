package io.algomoex.alerting.application.port;

/** Another process polls the same bot; only one may (Telegram answers 409 Conflict). */
public class UpdatesConflictException extends RuntimeException {

    public UpdatesConflictException(String description) {
        super(description);
    }
}
