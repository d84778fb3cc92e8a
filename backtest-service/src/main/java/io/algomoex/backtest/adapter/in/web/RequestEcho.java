package io.algomoex.backtest.adapter.in.web;

import io.algomoex.backtest.domain.BacktestSetup;
import java.util.Map;

/**
 * Shows a request's market and account fields back under the names it was posted with, in two parts, because a
 * backtest lists its strategy parameters between them.
 */
final class RequestEcho {

    private RequestEcho() {}

    /** Shows back {@code secid} to {@code strategy}, the fields a body lists before its strategy parameters. */
    static void market(Map<String, Object> echo, BacktestSetup setup) {
        echo.put("secid", setup.instrument().secid());
        echo.put("board", setup.instrument().board());
        echo.put("timeframe", setup.timeframe().code());
        echo.put("from", setup.from());
        echo.put("till", setup.till());
        echo.put("strategy", setup.strategy());
    }

    /** Shows back {@code cash} to {@code priceStep}, the fields a body lists after its strategy parameters. */
    static void account(Map<String, Object> echo, BacktestSetup setup) {
        echo.put("cash", setup.cash());
        echo.put("commission", setup.commission());
        echo.put("size", setup.size());
        echo.put("fill", setup.fill());
        echo.put("slippageBps", setup.slippageBps());
        echo.put("lotSize", setup.lotSize());
        echo.put("priceStep", setup.priceStep());
    }
}
