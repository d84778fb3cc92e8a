package io.algomoex.testsupport.infrastructure;

import java.util.Locale;

/** How integration tests find infrastructure, from {@code ALGO_IT_INFRA}. */
public enum InfrastructureMode {
    /** Local service when it answers, Testcontainers otherwise. The default. */
    AUTO,
    /** Local services only. */
    LOCAL,
    /** Testcontainers only. */
    CONTAINERS;

    static InfrastructureMode configured() {
        String value = Environment.get("ALGO_IT_INFRA", "auto");
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ALGO_IT_INFRA must be auto, local or containers, got '" + value + "'", e);
        }
    }
}
