package io.algomoex.testsupport.infrastructure;

/** Where one backing service comes from in this JVM. */
public enum Source {
    /** The service already running on this machine (CI, or a developer's compose stack). */
    LOCAL,
    /** A Testcontainers container started for this JVM. */
    CONTAINER,
    /** Neither is available: tests that need it are skipped, or fail when {@code CI=true}. */
    UNAVAILABLE
}
