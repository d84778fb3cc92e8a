package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.BacktestReport;
import io.algomoex.backtest.domain.BacktestReport.ReportedOrder;
import io.algomoex.backtest.domain.BacktestReport.ReportedTrade;
import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.backtest.domain.WalkForwardReport.EquityPoint;
import io.algomoex.engine.BacktestResult;
import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.model.EquityCurve;
import io.algomoex.engine.model.OrderRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns the engine's result into the stored report; the command line prints its orders and equity points too. */
public final class BacktestReports {

    private BacktestReports() {}

    static BacktestReport of(UUID id, Instant createdAt, BacktestRequest request, int bars, BacktestResult result) {
        return new BacktestReport(
                id,
                createdAt,
                request,
                bars,
                result.finalValue(),
                result.finalCash(),
                result.finalPosition(),
                metrics(result.metrics()),
                result.orders().stream().map(BacktestReports::order).toList(),
                result.trades().stream()
                        .map(trade -> new ReportedTrade(
                                trade.entryTime(),
                                trade.entryPrice(),
                                trade.exitTime(),
                                trade.exitPrice(),
                                trade.size(),
                                trade.barsHeld(),
                                trade.grossProfit(),
                                trade.netProfit()))
                        .toList());
    }

    public static ReportedOrder order(OrderRecord order) {
        return new ReportedOrder(
                order.time(),
                order.signalTime(),
                order.side().name(),
                order.size(),
                order.price(),
                order.commission(),
                order.status().name(),
                order.reason());
    }

    /** Account value at the close of every bar of the curve. */
    public static List<EquityPoint> equity(EquityCurve curve) {
        List<EquityPoint> equity = new ArrayList<>(curve.size());
        for (int i = 0; i < curve.size(); i++) {
            equity.add(new EquityPoint(curve.time(i), curve.value(i)));
        }
        return equity;
    }

    /** Metric names as the README defines them; undefined values (NaN, infinite) are left out. */
    static Map<String, Double> metrics(Metrics metrics) {
        Map<String, Double> values = new LinkedHashMap<>();
        put(values, "totalReturnPercent", metrics.totalReturnPercent());
        put(values, "cagrPercent", metrics.cagrPercent());
        put(values, "sharpe", metrics.sharpe());
        put(values, "sortino", metrics.sortino());
        put(values, "maxDrawdownPercent", metrics.maxDrawdownPercent());
        put(values, "maxDrawdownMoney", metrics.maxDrawdownMoney());
        put(values, "maxDrawdownBars", metrics.maxDrawdownBars());
        put(values, "trades", metrics.trades());
        put(values, "winRatePercent", metrics.winRatePercent());
        put(values, "profitFactor", metrics.profitFactor());
        put(values, "averageTrade", metrics.averageTrade());
        put(values, "exposurePercent", metrics.exposurePercent());
        put(values, "commissionPaid", metrics.commissionPaid());
        put(values, "returnOverMaxDrawdown", metrics.returnOverMaxDrawdown());
        return values;
    }

    private static void put(Map<String, Double> values, String name, double value) {
        if (Double.isFinite(value)) {
            values.put(name, value);
        }
    }
}
