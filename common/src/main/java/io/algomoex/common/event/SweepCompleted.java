package io.algomoex.common.event;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter sweep finished (published as {@code sweep.completed}).
 *
 * @param sweepId the sweep's id in backtest-service
 * @param strategy strategy name
 * @param secid security code
 * @param board trading board
 * @param timeframe written timeframe
 * @param runs parameter combinations evaluated, at least 1
 * @param objective the objective the sweep ranked by, for example {@code sharpe}
 * @param bestParameters the winning combination, parameter name to value
 * @param bestValue the winner's objective value
 * @param reportUrl where the full report is
 */
public record SweepCompleted(
        String sweepId,
        String strategy,
        String secid,
        String board,
        String timeframe,
        int runs,
        String objective,
        Map<String, String> bestParameters,
        BigDecimal bestValue,
        String reportUrl)
        implements EventPayload {

    public SweepCompleted {
        Objects.requireNonNull(sweepId, "sweepId is required");
        Objects.requireNonNull(strategy, "strategy is required");
        Objects.requireNonNull(secid, "secid is required");
        Objects.requireNonNull(board, "board is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(objective, "objective is required");
        Objects.requireNonNull(bestValue, "bestValue is required");
        Objects.requireNonNull(reportUrl, "reportUrl is required");
        bestParameters = Map.copyOf(bestParameters);
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
    }

    @Override
    public EventType type() {
        return EventType.SWEEP_COMPLETED;
    }
}
