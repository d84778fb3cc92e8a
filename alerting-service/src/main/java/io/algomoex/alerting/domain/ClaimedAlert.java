package io.algomoex.alerting.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A pending alert taken for one delivery attempt.
 *
 * @param id store id
 * @param text the message text (Telegram HTML)
 * @param count how many events it aggregates
 * @param raisedAt when it was raised, UTC
 * @param attempt the number of this attempt, starting at 1
 * @param deliveredTo chats that already have it from an earlier attempt; they are not sent it again
 * @param refusedBy chats that refused it for good in an earlier attempt; they are not tried again
 */
public record ClaimedAlert(
        long id, String text, int count, Instant raisedAt, int attempt, Set<Long> deliveredTo, Set<Long> refusedBy) {

    public ClaimedAlert {
        Objects.requireNonNull(text, "text is required");
        Objects.requireNonNull(raisedAt, "raisedAt is required");
        deliveredTo = Set.copyOf(deliveredTo);
        refusedBy = Set.copyOf(refusedBy);
        if (count < 1 || attempt < 1) {
            throw new IllegalArgumentException("count and attempt must be at least 1");
        }
    }
}
