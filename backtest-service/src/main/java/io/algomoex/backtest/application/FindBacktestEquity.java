package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.domain.RunEquity;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Returns the stored equity curve of a run, for the CSV download. */
@Service
public class FindBacktestEquity {

    private final BacktestRunStore runs;

    FindBacktestEquity(BacktestRunStore runs) {
        this.runs = runs;
    }

    /** Empty for an unknown run and for a run stored before equity curves were kept. */
    public Optional<RunEquity> find(UUID id) {
        return runs.findEquity(id);
    }
}
