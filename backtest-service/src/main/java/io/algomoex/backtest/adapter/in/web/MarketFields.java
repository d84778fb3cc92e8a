package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;

/**
 * The market and account fields a backtest, a sweep and a walk-forward body share: one place for what is required
 * and for the Backtrader-compatible defaults of what is omitted.
 */
final class MarketFields {

    private static final BigDecimal CASH = new BigDecimal("1000000");
    private static final BigDecimal COMMISSION = new BigDecimal("0.0005");
    private static final BigDecimal SIZE = new BigDecimal("10");

    private MarketFields() {}

    static Instrument instrument(String secid, String board) {
        if (secid == null || secid.isBlank()) {
            throw new InvalidBacktestRequestException("secid", "secid is required");
        }
        return new Instrument(secid, board == null ? "TQBR" : board);
    }

    static Timeframe timeframe(String timeframe) {
        if (timeframe == null) {
            throw new InvalidBacktestRequestException("timeframe", "timeframe is required");
        }
        return Timeframe.parse(timeframe);
    }

    static String strategy(String strategy) {
        return strategy == null ? BacktestSetup.SMA_CROSS : strategy;
    }

    static BigDecimal cash(BigDecimal cash) {
        return cash == null ? CASH : cash;
    }

    static BigDecimal commission(BigDecimal commission) {
        return commission == null ? COMMISSION : commission;
    }

    static BigDecimal size(BigDecimal size) {
        return size == null ? SIZE : size;
    }

    static String fill(String fill) {
        return fill == null ? "next-open" : fill;
    }

    static BigDecimal slippageBps(BigDecimal slippageBps) {
        return slippageBps == null ? BigDecimal.ZERO : slippageBps;
    }
}
