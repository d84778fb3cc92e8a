package io.algomoex.alerting.application.port;

/** The messenger refused the message for a reason retrying cannot fix; the message is the messenger's description. */
public class MessageRejectedException extends RuntimeException {

    public MessageRejectedException(String description) {
        super(description);
    }
}
