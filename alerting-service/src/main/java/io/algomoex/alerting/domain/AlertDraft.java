package io.algomoex.alerting.domain;

import java.util.Objects;

/**
 * An alert a rule wants raised, before it is stored and possibly aggregated with others of the same key.
 *
 * @param rule the rule that raised it
 * @param key aggregation key: drafts with the same key inside the window become one message
 * @param text the message in Telegram's HTML subset, every dynamic part escaped with {@link Html#escape}
 */
public record AlertDraft(AlertRule rule, String key, String text) {

    public AlertDraft {
        Objects.requireNonNull(rule, "rule is required");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key is required");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
    }
}
