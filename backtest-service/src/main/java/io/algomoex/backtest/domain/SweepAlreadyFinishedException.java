package io.algomoex.backtest.domain;

import java.util.UUID;

/** A finished sweep cannot be cancelled: its results stay as they are. */
public class SweepAlreadyFinishedException extends RuntimeException {

    public SweepAlreadyFinishedException(UUID id, SweepStatus status) {
        super("sweep " + id + " has already finished with status " + status + "; only QUEUED or RUNNING sweeps can be"
                + " cancelled");
    }
}
