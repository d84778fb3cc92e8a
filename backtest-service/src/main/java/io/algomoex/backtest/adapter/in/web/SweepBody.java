package io.algomoex.backtest.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.algomoex.backtest.application.MarketFields;
import io.algomoex.backtest.application.SweepRequest;
import io.algomoex.backtest.application.WalkForwardRequest;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.engine.sweep.Objective;
import io.algomoex.engine.sweep.ParameterRange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/sweeps} and {@code POST /api/v1/walk-forward}: a backtest's market and account
 * fields (unwrapped: the JSON is flat), the grid as {@code from:to:step} ranges, and how to rank. Omitted options take
 * the backtest's defaults.
 */
record SweepBody(
        @JsonUnwrapped MarketFields market,
        Map<String, String> grid,
        String objective,
        Integer minTrades,
        Integer top,
        Integer trainBars,
        Integer testBars,
        Boolean anchored) {

    private static final Set<String> GRID_PARAMETERS = Set.of("fast", "slow");

    SweepRequest toSweep() {
        market.requireMarket();
        if (grid == null || grid.isEmpty()) {
            throw new InvalidBacktestRequestException(
                    "grid", "grid is required, for example {\"fast\":\"5:50:1\"," + "\"slow\":\"20:200:5\"}");
        }
        if (!GRID_PARAMETERS.containsAll(grid.keySet())) {
            throw new InvalidBacktestRequestException(
                    "grid", "grid takes the sma-cross parameters fast and slow only, got " + grid.keySet());
        }
        ParameterRange fast = range("fast");
        ParameterRange slow = range("slow");
        Objective parsedObjective = parsedObjective();
        return new SweepRequest(
                market.toSetup(),
                fast,
                slow,
                parsedObjective,
                minTrades == null ? 0 : minTrades,
                top == null ? 20 : top);
    }

    WalkForwardRequest toWalkForward() {
        SweepRequest sweep = toSweep();
        if (trainBars == null) {
            throw new InvalidBacktestRequestException("trainBars", "trainBars is required");
        }
        if (testBars == null) {
            throw new InvalidBacktestRequestException("testBars", "testBars is required");
        }
        return new WalkForwardRequest(sweep, trainBars, testBars, Boolean.TRUE.equals(anchored));
    }

    private ParameterRange range(String name) {
        String text = grid.get(name);
        if (text == null || text.isBlank()) {
            throw new InvalidBacktestRequestException("grid." + name, "grid." + name + " is required");
        }
        try {
            return ParameterRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidBacktestRequestException("grid." + name, "grid." + name + ": " + e.getMessage());
        }
    }

    private Objective parsedObjective() {
        try {
            return Objective.parse(objective == null ? "sharpe" : objective);
        } catch (IllegalArgumentException e) {
            throw new InvalidBacktestRequestException("objective", "objective: " + e.getMessage());
        }
    }

    /** The request as shown back: the same fields and names as it was posted with. */
    static Map<String, Object> echo(SweepRequest request, WalkForwardRequest walkForward) {
        Map<String, Object> echo = new LinkedHashMap<>();
        RequestEcho.market(echo, request.setup());
        RequestEcho.account(echo, request.setup());
        Map<String, String> grid = new LinkedHashMap<>();
        grid.put("fast", request.fast().toString());
        grid.put("slow", request.slow().toString());
        echo.put("grid", grid);
        echo.put("objective", request.objective().code());
        echo.put("minTrades", request.minTrades());
        if (walkForward == null) {
            echo.put("top", request.top());
        } else {
            echo.put("trainBars", walkForward.trainBars());
            echo.put("testBars", walkForward.testBars());
            echo.put("anchored", walkForward.anchored());
        }
        return echo;
    }

    /** {@code {"fast":..,"slow":..}} in that order. */
    static Map<String, Integer> params(int fast, int slow) {
        Map<String, Integer> params = new LinkedHashMap<>();
        params.put("fast", fast);
        params.put("slow", slow);
        return params;
    }
}
