package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON shape of a request in {@code backtest.runs.request}: plain fields, timeframe as its written code. */
record StoredRequest(
        String secid,
        String board,
        String timeframe,
        LocalDate from,
        LocalDate till,
        String strategy,
        int fast,
        int slow,
        BigDecimal cash,
        BigDecimal commission,
        BigDecimal size,
        String fill,
        BigDecimal slippageBps,
        Integer lotSize,
        BigDecimal priceStep) {

    static StoredRequest of(BacktestRequest request) {
        return new StoredRequest(
                request.instrument().secid(),
                request.instrument().board(),
                request.timeframe().code(),
                request.from(),
                request.till(),
                request.strategy(),
                request.fast(),
                request.slow(),
                request.cash(),
                request.commission(),
                request.size(),
                request.fill(),
                request.slippageBps(),
                request.lotSize(),
                request.priceStep());
    }

    BacktestRequest toRequest() {
        return new BacktestRequest(
                new Instrument(secid, board),
                Timeframe.parse(timeframe),
                from,
                till,
                strategy,
                fast,
                slow,
                cash,
                commission,
                size,
                fill,
                slippageBps,
                lotSize,
                priceStep);
    }
}
