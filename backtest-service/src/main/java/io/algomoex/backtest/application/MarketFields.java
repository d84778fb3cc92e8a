package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The market and account fields of a {@link BacktestSetup} as plain values, flat in every JSON that carries them: the
 * backtest, sweep and walk-forward request bodies, and the requests stored with runs and sweeps. One place for what
 * is required, for the Backtrader-compatible defaults of what is omitted (a stored request has every field), and for
 * the timeframe as its written code. Any field may be {@code null} until {@link #toSetup()} checks them.
 */
public record MarketFields(
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

    private static final BigDecimal CASH = new BigDecimal("1000000");
    private static final BigDecimal COMMISSION = new BigDecimal("0.0005");
    private static final BigDecimal SIZE = new BigDecimal("10");

    public static MarketFields of(BacktestSetup setup) {
        return new MarketFields(
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

    /**
     * Checks the two fields without a default, secid then timeframe. A body calls this before reading its own fields,
     * so these two are named first when several fields are wrong.
     */
    public void requireMarket() {
        instrument();
        parsedTimeframe();
    }

    /** The setup, with the defaults for what was omitted; its checks name any field that is still wrong. */
    public BacktestSetup toSetup() {
        return new BacktestSetup(
                instrument(),
                parsedTimeframe(),
                from,
                till,
                strategy == null ? BacktestSetup.SMA_CROSS : strategy,
                cash == null ? CASH : cash,
                commission == null ? COMMISSION : commission,
                size == null ? SIZE : size,
                fill == null ? "next-open" : fill,
                slippageBps == null ? BigDecimal.ZERO : slippageBps,
                lotSize,
                priceStep);
    }

    private Instrument instrument() {
        if (secid == null || secid.isBlank()) {
            throw new InvalidBacktestRequestException("secid", "secid is required");
        }
        return new Instrument(secid, board == null ? "TQBR" : board);
    }

    private Timeframe parsedTimeframe() {
        if (timeframe == null) {
            throw new InvalidBacktestRequestException("timeframe", "timeframe is required");
        }
        return Timeframe.parse(timeframe);
    }
}
