package io.algomoex.backtest.domain;

import java.util.UUID;

/** No sweep or walk-forward analysis of that kind has the id (never created, or removed by retention). */
public class SweepNotFoundException extends RuntimeException {

    public SweepNotFoundException(SweepKind kind, UUID id) {
        super("no " + kind.code() + " " + id);
    }
}
