package io.algomoex.service.outbox;

/** The broker did not confirm a message: it stays in the outbox and is published again later. */
public class MessageNotConfirmedException extends RuntimeException {

    public MessageNotConfirmedException(String message, Throwable cause) {
        super(message, cause);
    }
}
