package io.algomoex.engine;

import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.model.EquityCurve;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.TradeRecord;
import java.util.List;
import java.util.Objects;

/**
 * Everything a backtest produced. An open position at the end stays open and is valued at the last close, as in
 * Backtrader.
 *
 * @param initialCash starting cash
 * @param finalValue cash plus the position marked at the last close
 * @param finalCash cash after the last bar
 * @param finalPosition units held after the last bar, negative when short
 * @param orders every order in the order it ended
 * @param trades every closed trade in the order it closed
 * @param metrics performance figures
 * @param equity account value at the close of every bar
 */
public record BacktestResult(
        double initialCash,
        double finalValue,
        double finalCash,
        double finalPosition,
        List<OrderRecord> orders,
        List<TradeRecord> trades,
        Metrics metrics,
        EquityCurve equity) {

    public BacktestResult {
        orders = List.copyOf(orders);
        trades = List.copyOf(trades);
        Objects.requireNonNull(metrics, "metrics are required");
        Objects.requireNonNull(equity, "equity curve is required");
    }
}
