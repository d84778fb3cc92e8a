package io.algomoex.backtest.adapter.out.persistence;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.algomoex.backtest.application.MarketFields;
import io.algomoex.backtest.domain.BacktestRequest;

/** The JSON shape of a request in {@code backtest.runs.request}: the setup's plain fields, then fast and slow. */
record StoredRequest(@JsonUnwrapped MarketFields setup, int fast, int slow) {

    static StoredRequest of(BacktestRequest request) {
        return new StoredRequest(MarketFields.of(request.setup()), request.fast(), request.slow());
    }

    BacktestRequest toRequest() {
        return new BacktestRequest(setup.toSetup(), fast, slow);
    }
}
