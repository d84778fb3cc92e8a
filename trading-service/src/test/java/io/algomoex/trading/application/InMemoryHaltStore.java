package io.algomoex.trading.application;

import io.algomoex.trading.application.port.HaltStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Halt flags in a map the test can also write directly. */
class InMemoryHaltStore implements HaltStore {

    private final Map<String, String> halted;

    InMemoryHaltStore() {
        this(new HashMap<>());
    }

    InMemoryHaltStore(Map<String, String> halted) {
        this.halted = halted;
    }

    @Override
    public Map<String, String> haltedScopes() {
        return Map.copyOf(halted);
    }

    @Override
    public boolean halt(String scope, String reason, Instant at) {
        return halted.putIfAbsent(scope, reason) == null;
    }

    @Override
    public boolean resume(String scope) {
        return halted.remove(scope) != null;
    }

    void put(String scope, String reason) {
        halted.put(scope, reason);
    }
}
