package io.algomoex.backtest.domain;

/** Where a sweep or walk-forward analysis stands. QUEUED and RUNNING are active; the others are final. */
public enum SweepStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** Whether chunks may still be computed for it. */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
