package io.algomoex.trading.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of comparing our books with the broker's on start.
 *
 * @param at when it finished, UTC
 * @param actions what it changed to agree with the broker (orders sent, adopted, cancelled), for the log
 * @param mismatches differences it could not explain; any of them halts trading
 */
public record Reconciliation(Instant at, List<String> actions, List<String> mismatches) {

    public Reconciliation {
        Objects.requireNonNull(at, "at is required");
        actions = List.copyOf(actions);
        mismatches = List.copyOf(mismatches);
    }

    public boolean agrees() {
        return mismatches.isEmpty();
    }

    /** {@code OK}, or {@code MISMATCH: } followed by the differences. */
    public String summary() {
        return agrees() ? "OK" : "MISMATCH: " + String.join("; ", mismatches);
    }
}
