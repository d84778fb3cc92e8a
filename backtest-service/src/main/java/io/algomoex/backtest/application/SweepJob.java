package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.RankedEntry;
import io.algomoex.backtest.domain.SweepKind;
import io.algomoex.backtest.domain.SweepStatus;
import io.algomoex.backtest.domain.WalkForwardReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A sweep or walk-forward analysis as stored.
 *
 * @param id job id
 * @param kind sweep or walk-forward
 * @param request market, account and grid fields
 * @param walkForward the windows of a walk-forward analysis; {@code null} for a sweep
 * @param status where it stands
 * @param combinations {@code fast < slow} combinations of the grid
 * @param chunkCount chunks it was split into
 * @param completed combinations of stored chunks
 * @param bars candles in the requested range when it was queued
 * @param error why it failed, else {@code null}
 * @param createdAt when it was queued, UTC
 * @param computingSince when its first chunk started computing, its candles loaded, else {@code null}
 * @param finishedAt when it reached a final status, else {@code null}
 * @param top a finished sweep's best combinations, best first; empty otherwise
 * @param report a finished walk-forward analysis' folds and stitched run, else {@code null}
 */
public record SweepJob(
        UUID id,
        SweepKind kind,
        SweepRequest request,
        WalkForwardRequest walkForward,
        SweepStatus status,
        int combinations,
        int chunkCount,
        int completed,
        int bars,
        String error,
        Instant createdAt,
        Instant computingSince,
        Instant finishedAt,
        List<RankedEntry> top,
        WalkForwardReport report) {

    public SweepJob {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(request, "request is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(createdAt, "createdAt is required");
        top = top == null ? List.of() : List.copyOf(top);
        if ((kind == SweepKind.WALK_FORWARD) != (walkForward != null)) {
            throw new IllegalArgumentException("walk-forward windows belong to walk-forward jobs only");
        }
    }

    /** A new job, nothing computed yet. */
    static SweepJob queued(
            UUID id,
            SweepRequest request,
            WalkForwardRequest walkForward,
            int chunkCount,
            int bars,
            Instant createdAt) {
        SweepKind kind = walkForward == null ? SweepKind.SWEEP : SweepKind.WALK_FORWARD;
        return new SweepJob(
                id,
                kind,
                request,
                walkForward,
                SweepStatus.QUEUED,
                request.combinations(),
                chunkCount,
                0,
                bars,
                null,
                createdAt,
                null,
                null,
                List.of(),
                null);
    }

    /**
     * Bars times combinations over the seconds from the first chunk's start (candles loaded, as the CLI's
     * {@code seconds} start after reading the file) to the last chunk stored, ranking included; {@code null} unless
     * the sweep SUCCEEDED.
     */
    public Double barCombinationsPerSecond() {
        if (kind != SweepKind.SWEEP
                || status != SweepStatus.SUCCEEDED
                || computingSince == null
                || finishedAt == null) {
            return null;
        }
        double seconds = java.time.Duration.between(computingSince, finishedAt).toNanos() / 1e9;
        return seconds > 0 ? combinations * (double) bars / seconds : null;
    }

    /** Completed share of the combinations, 0 to 1. */
    public double progress() {
        return (double) completed / combinations;
    }
}
