package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.domain.BacktestReport;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Returns a stored backtest run with its orders, trades and metrics. */
@Service
public class FindBacktest {

    private final BacktestRunStore runs;

    FindBacktest(BacktestRunStore runs) {
        this.runs = runs;
    }

    public Optional<BacktestReport> find(UUID id) {
        return runs.find(id);
    }
}
