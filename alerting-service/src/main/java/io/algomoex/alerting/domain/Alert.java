package io.algomoex.alerting.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored alert.
 *
 * @param id store id, increasing in the order alerts were raised
 * @param rule the rule that raised it, for example {@code order-rejected}
 * @param key aggregation key: alerts with the same key inside the window become one message
 * @param text the message text
 * @param count how many events this alert aggregates, at least 1
 * @param status delivery status
 * @param attempts delivery attempts so far
 * @param raisedAt when it was raised, UTC
 * @param sentAt when it was delivered, or {@code null}
 * @param lastError the last delivery error, or {@code null}
 */
public record Alert(
        long id,
        String rule,
        String key,
        String text,
        int count,
        DeliveryStatus status,
        int attempts,
        Instant raisedAt,
        Instant sentAt,
        String lastError) {

    public Alert {
        Objects.requireNonNull(rule, "rule is required");
        Objects.requireNonNull(key, "key is required");
        Objects.requireNonNull(text, "text is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(raisedAt, "raisedAt is required");
        if (count < 1 || attempts < 0) {
            throw new IllegalArgumentException("count must be at least 1 and attempts not negative");
        }
    }
}
