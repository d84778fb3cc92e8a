package io.algomoex.backtest.adapter.in.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.algomoex.backtest.application.BacktestReports;
import io.algomoex.backtest.domain.BacktestReport.ReportedOrder;
import io.algomoex.backtest.domain.WalkForwardReport.EquityPoint;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.model.TradeRecord;
import java.util.List;

/**
 * One run's result: a backtest's top level, a walk-forward fold's {@code outOfSample}. Orders and equity points are
 * the stored report's records; trades are the engine's, with their commission, which the stored report leaves out.
 *
 * @param equity the curve, or {@code null} to leave the field out
 */
record ResultJson(
        double initialCash,
        double finalValue,
        double finalCash,
        double finalPosition,
        List<ReportedOrder> orders,
        List<TradeRecord> trades,
        MetricsJson metrics,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EquityPoint> equity) {

    static ResultJson of(BacktestResult result, boolean withEquity) {
        return new ResultJson(
                result.initialCash(),
                result.finalValue(),
                result.finalCash(),
                result.finalPosition(),
                result.orders().stream().map(BacktestReports::order).toList(),
                result.trades(),
                MetricsJson.of(result.metrics()),
                withEquity ? BacktestReports.equity(result.equity()) : null);
    }
}
