package io.algomoex.common.event;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A backtest run finished (published as {@code backtest.completed}).
 *
 * @param runId the run's id in backtest-service
 * @param strategy strategy name, for example {@code sma-cross}
 * @param secid security code
 * @param board trading board
 * @param timeframe written timeframe, for example {@code 30m}
 * @param totalReturn return over the run as a fraction, 0.12 meaning +12 %
 * @param maxDrawdown maximum drawdown as a fraction between 0 and 1
 * @param sharpe annualised Sharpe ratio, or {@code null} when it is undefined (no variance)
 * @param trades number of closed trades, zero or more
 * @param reportUrl where the full report is, for example {@code http://host:8082/api/v1/backtests/42}
 */
public record BacktestCompleted(
        String runId,
        String strategy,
        String secid,
        String board,
        String timeframe,
        BigDecimal totalReturn,
        BigDecimal maxDrawdown,
        BigDecimal sharpe,
        int trades,
        String reportUrl)
        implements EventPayload {

    public BacktestCompleted {
        Objects.requireNonNull(runId, "runId is required");
        Objects.requireNonNull(strategy, "strategy is required");
        Objects.requireNonNull(secid, "secid is required");
        Objects.requireNonNull(board, "board is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(totalReturn, "totalReturn is required");
        Objects.requireNonNull(maxDrawdown, "maxDrawdown is required");
        Objects.requireNonNull(reportUrl, "reportUrl is required");
        if (trades < 0) {
            throw new IllegalArgumentException("trades must not be negative, got " + trades);
        }
        if (maxDrawdown.signum() < 0 || maxDrawdown.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("maxDrawdown must be a fraction between 0 and 1, got " + maxDrawdown);
        }
    }

    @Override
    public EventType type() {
        return EventType.BACKTEST_COMPLETED;
    }
}
