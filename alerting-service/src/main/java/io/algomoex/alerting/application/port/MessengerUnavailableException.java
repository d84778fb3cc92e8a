package io.algomoex.alerting.application.port;

import java.time.Duration;
import java.util.Optional;

/** The messenger cannot take the message now; retrying later may work. */
public class MessengerUnavailableException extends RuntimeException {

    private final transient Optional<Duration> retryAfter;

    /**
     * @param message what went wrong, without secrets
     * @param retryAfter how long the messenger asked us to wait, when it said so (Telegram's {@code retry_after})
     */
    public MessengerUnavailableException(String message, Optional<Duration> retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
