package io.algomoex.backtest.domain;

import java.util.Arrays;

/** What a queued job computes: a ranked grid sweep, or a walk-forward analysis over the same grid. */
public enum SweepKind {
    SWEEP("sweep"),
    WALK_FORWARD("walk-forward");

    private final String code;

    SweepKind(String code) {
        this.code = code;
    }

    /** The name stored and shown, {@code sweep} or {@code walk-forward}. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for any other code */
    public static SweepKind of(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown job kind '" + code + "'"));
    }
}
