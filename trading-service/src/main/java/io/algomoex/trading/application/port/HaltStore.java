package io.algomoex.trading.application.port;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Persistent halt flags: the kill switch survives a restart. */
public interface HaltStore {

    /** The scope of a halt that covers the whole account. */
    String ACCOUNT = "*";

    /** Every halted scope ({@link #ACCOUNT} or a strategy id) with the reason it was halted. */
    Map<String, String> haltedScopes();

    /** Why the strategy takes no new orders: its own halt, else the account's; empty while it may trade. */
    default Optional<String> haltReason(String strategyId) {
        return reasonIn(haltedScopes(), strategyId);
    }

    /** The strategy's own halt reason among {@code halted} (as {@link #haltedScopes()} gives them), else the account's. */
    static Optional<String> reasonIn(Map<String, String> halted, String strategyId) {
        return Optional.ofNullable(halted.getOrDefault(strategyId, halted.get(ACCOUNT)));
    }

    /** Halts a scope; false when it was halted already, in which case its first reason stays. */
    boolean halt(String scope, String reason, Instant at);

    /** Lifts the halt of a scope; false when it was not halted. */
    boolean resume(String scope);
}
