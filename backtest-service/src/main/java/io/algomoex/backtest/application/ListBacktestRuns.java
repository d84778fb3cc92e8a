package io.algomoex.backtest.application;

import io.algomoex.backtest.application.port.BacktestRunStore;
import io.algomoex.backtest.domain.BacktestRunSummary;
import io.algomoex.backtest.domain.Page;
import org.springframework.stereotype.Service;

/** Lists stored backtest runs, newest first. */
@Service
public class ListBacktestRuns {

    static final int MAX_PAGE_SIZE = 200;

    private final BacktestRunStore runs;

    ListBacktestRuns(BacktestRunStore runs) {
        this.runs = runs;
    }

    public Page<BacktestRunSummary> list(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return runs.list(page, size);
    }
}
