package io.algomoex.backtest.adapter.out.persistence;

import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The market and account fields of a stored request, unwrapped into its JSON so that {@code backtest.runs.request}
 * and {@code backtest.sweeps.request} stay flat: plain fields, timeframe as its written code.
 */
record StoredSetup(
        String secid,
        String board,
        String timeframe,
        LocalDate from,
        LocalDate till,
        String strategy,
        BigDecimal cash,
        BigDecimal commission,
        BigDecimal size,
        String fill,
        BigDecimal slippageBps,
        Integer lotSize,
        BigDecimal priceStep) {

    static StoredSetup of(BacktestSetup setup) {
        return new StoredSetup(
                setup.instrument().secid(),
                setup.instrument().board(),
                setup.timeframe().code(),
                setup.from(),
                setup.till(),
                setup.strategy(),
                setup.cash(),
                setup.commission(),
                setup.size(),
                setup.fill(),
                setup.slippageBps(),
                setup.lotSize(),
                setup.priceStep());
    }

    BacktestSetup toSetup() {
        return new BacktestSetup(
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
                priceStep);
    }
}
