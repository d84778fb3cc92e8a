package io.algomoex.engine.sweep;

/** Receives sweep progress. Called from worker threads, possibly concurrently; implementations must be thread-safe. */
@FunctionalInterface
public interface SweepProgress {

    /** Nothing to report to. */
    SweepProgress NONE = (done, total) -> {};

    /** {@code done} of {@code total} combinations have been run. */
    void update(long done, long total);
}
