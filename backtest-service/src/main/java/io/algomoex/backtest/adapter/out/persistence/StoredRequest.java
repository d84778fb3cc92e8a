package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.backtest.domain.BacktestSetup;
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
                request.setup().instrument().secid(),
                request.setup().instrument().board(),
                request.setup().timeframe().code(),
                request.setup().from(),
                request.setup().till(),
                request.setup().strategy(),
                request.fast(),
                request.slow(),
                request.setup().cash(),
                request.setup().commission(),
                request.setup().size(),
                request.setup().fill(),
                request.setup().slippageBps(),
                request.setup().lotSize(),
                request.setup().priceStep());
    }

    BacktestRequest toRequest() {
        return new BacktestRequest(
                new BacktestSetup(
                        new Instrument(secid, board),
                        Timeframe.parse(timeframe),
                        from,
                        till,
                        strategy,
                        cash,
                        commission,
                        size,
                        fill,
                        slippageBps,
                        lotSize,
                        priceStep),
                fast,
                slow);
    }
}
