package io.algomoex.backtest.application.port;

import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestRunSummary;
import io.algomoex.backtest.domain.Page;
import io.algomoex.backtest.domain.RunEquity;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where backtest runs are kept (the {@code backtest.runs} table). */
public interface BacktestRunStore {

    /** Runs newest first; {@code page} is zero-based and {@code size} at least 1. */
    Page<BacktestRunSummary> list(int page, int size);

    /** Stores a finished run with its equity curve. */
    void save(BacktestReport report, RunEquity equity);

    /** A stored run by id. */
    Optional<BacktestReport> find(UUID id);

    /** The equity curve of a stored run; empty for an unknown run and for one stored before curves were kept. */
    Optional<RunEquity> findEquity(UUID id);

    /** Deletes runs created before {@code cutoff}; returns how many. */
    int deleteCreatedBefore(Instant cutoff);
}
