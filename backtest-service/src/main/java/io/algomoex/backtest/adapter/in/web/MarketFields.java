package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The market and account fields a backtest, a sweep and a walk-forward body share, unwrapped into each body so its
 * JSON stays flat: one place for what is required, for the Backtrader-compatible defaults of what is omitted, and for
 * how the fields are shown back.
 */
record MarketFields(
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

    /**
     * Checks the two fields without a default, secid then timeframe. A body calls this before reading its own fields,
     * so these two are named first when several fields are wrong.
     */
    void requireMarket() {
        instrument();
        parsedTimeframe();
    }

    /** The setup, with the defaults for what was omitted; its checks name any field that is still wrong. */
    BacktestSetup toSetup() {
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

    /** Shows back {@code secid} to {@code strategy}, the fields a body lists before its strategy parameters. */
    static void echoMarket(Map<String, Object> echo, BacktestSetup setup) {
        echo.put("secid", setup.instrument().secid());
        echo.put("board", setup.instrument().board());
        echo.put("timeframe", setup.timeframe().code());
        echo.put("from", setup.from());
        echo.put("till", setup.till());
        echo.put("strategy", setup.strategy());
    }

    /** Shows back {@code cash} to {@code priceStep}, the fields a body lists after its strategy parameters. */
    static void echoAccount(Map<String, Object> echo, BacktestSetup setup) {
        echo.put("cash", setup.cash());
        echo.put("commission", setup.commission());
        echo.put("size", setup.size());
        echo.put("fill", setup.fill());
        echo.put("slippageBps", setup.slippageBps());
        echo.put("lotSize", setup.lotSize());
        echo.put("priceStep", setup.priceStep());
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
