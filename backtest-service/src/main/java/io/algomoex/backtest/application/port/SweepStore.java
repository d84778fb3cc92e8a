package io.algomoex.backtest.application.port;

import io.algomoex.backtest.application.SweepJob;
import io.algomoex.backtest.domain.ComputedCombination;
import io.algomoex.backtest.domain.Page;
import io.algomoex.backtest.domain.RankedEntry;
import io.algomoex.backtest.domain.SweepStatus;
import io.algomoex.backtest.domain.WalkForwardReport;
import io.algomoex.engine.sweep.SweepEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where sweeps and walk-forward analyses are kept ({@code backtest.sweeps}, {@code sweep_chunks},
 * {@code sweep_results}). Methods that change state are meant to run inside the caller's transaction.
 */
public interface SweepStore {

    /** Stores a new job, QUEUED, with its chunks, all pending. */
    void create(SweepJob job, List<Chunk> chunks);

    /** A job by id, with its result when it has one. */
    Optional<SweepJob> find(UUID id);

    /** Jobs of the kind the filter names ({@code sweep} or {@code walk-forward}), newest first. */
    Page<SweepJob> list(String kind, int page, int size);

    /** One chunk of a job. */
    Optional<Chunk> chunk(UUID id, int chunkIndex);

    /** The job's status, locking its row until the transaction ends; empty when there is no such job. */
    Optional<SweepStatus> lockStatus(UUID id);

    /**
     * Marks a pending chunk done by {@code computedBy}.
     *
     * @return false when it was done already (a redelivered message): then nothing may be stored for it
     */
    boolean completeChunk(UUID id, int chunkIndex, String computedBy, Instant at);

    /** Stores computed combinations; a combination stored before is left as it is. */
    void storeResults(UUID id, int chunkIndex, List<SweepEntry> entries);

    /**
     * Adds {@code combinations} to the job's completed count and marks it RUNNING.
     *
     * @return the completed count after the addition
     */
    int addCompleted(UUID id, int combinations);

    /** Every stored combination of a sweep, with its metrics, as the engine produced it. */
    List<SweepEntry> entries(UUID id);

    /** Every stored combination of a sweep, ordered by fast and slow. */
    List<ComputedCombination> results(UUID id);

    /**
     * Finishes a RUNNING sweep whose every combination is stored: SUCCEEDED with its top list.
     *
     * @return false when the sweep was not RUNNING with every combination completed (nothing changed)
     */
    boolean finishSweep(UUID id, List<RankedEntry> top, Instant at);

    /** Finishes an active walk-forward analysis: SUCCEEDED with its report; false when it was not active. */
    boolean finishWalkForward(UUID id, WalkForwardReport report, Instant at);

    /** Ends an active job as FAILED with the reason; false when it was not active. */
    boolean fail(UUID id, String error, Instant at);

    /** Ends an active job as CANCELLED; false when it was not active. */
    boolean cancel(UUID id, Instant at);

    /** Notes that a chunk of the job started computing at {@code at}; only the first such note is kept. */
    void markComputing(UUID id, Instant at);

    /** Deletes finished jobs created before {@code cutoff}, with their chunks and results; returns how many. */
    int deleteFinishedBefore(Instant cutoff);

    /**
     * A contiguous range of combinations, in the engine's order.
     *
     * @param index 0-based chunk number
     * @param first first combination
     * @param combinations number of combinations, at least 1
     * @param done whether its results are stored
     */
    record Chunk(int index, int first, int combinations, boolean done) {}
}
