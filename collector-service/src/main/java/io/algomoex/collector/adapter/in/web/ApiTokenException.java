package io.algomoex.collector.adapter.in.web;

import org.springframework.http.HttpStatus;

/** A mutating request without a valid API token; the message is safe to show and never contains a token. */
class ApiTokenException extends RuntimeException {

    private final HttpStatus status;

    ApiTokenException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
