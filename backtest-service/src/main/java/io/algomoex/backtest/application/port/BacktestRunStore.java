package io.algomoex.backtest.application.port;

import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestRunSummary;
import io.algomoex.backtest.domain.Page;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where backtest runs are kept (the {@code backtest.runs} table). */
public interface BacktestRunStore {

    /** Runs newest first; {@code page} is zero-based and {@code size} at least 1. */
    Page<BacktestRunSummary> list(int page, int size);

    /** Stores a finished run. */
    void save(BacktestReport report);

    /** A stored run by id. */
    Optional<BacktestReport> find(UUID id);

    /** Deletes runs created before {@code cutoff}; returns how many. */
    int deleteCreatedBefore(Instant cutoff);
}
