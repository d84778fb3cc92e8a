package io.algomoex.alerting.domain;

import java.util.Locale;

/** Where an alert's delivery stands. */
public enum DeliveryStatus {
    /** Stored, not yet delivered (or waiting for a retry). */
    PENDING,
    /** Delivered to every recipient. */
    SENT,
    /** Given up: the messenger refused it for a reason retrying cannot fix. */
    FAILED;

    public static DeliveryStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("status must be PENDING, SENT or FAILED, got '" + text + "'", e);
        }
    }
}
