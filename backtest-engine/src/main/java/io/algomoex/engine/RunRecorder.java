package io.algomoex.engine;

import io.algomoex.common.market.Side;
import io.algomoex.engine.broker.BrokerEvents;
import io.algomoex.engine.metrics.TradeStatistics;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.OrderRecord;
import io.algomoex.engine.model.OrderStatus;
import io.algomoex.engine.model.TradeRecord;
import java.util.ArrayList;
import java.util.List;

/** Keeps the orders and trades of a run as records with times, and feeds trade statistics. */
public final class RunRecorder implements BrokerEvents {

    private final BarSeries bars;
    private final TradeStatistics statistics;
    private final List<OrderRecord> orders = new ArrayList<>();
    private final List<TradeRecord> trades = new ArrayList<>();

    /** Records the events of a run over {@code bars}, forwarding closed trades to {@code statistics}. */
    public RunRecorder(BarSeries bars, TradeStatistics statistics) {
        this.bars = bars;
        this.statistics = statistics;
    }

    @Override
    public void filled(int signalBar, int bar, boolean buy, double size, double price, double commission) {
        orders.add(new OrderRecord(
                bars.time(signalBar), bars.time(bar), side(buy), size, price, commission, OrderStatus.COMPLETED, null));
    }

    @Override
    public void rejected(int signalBar, int bar, boolean buy, double size, double price, String reason) {
        orders.add(new OrderRecord(
                bars.time(signalBar), bars.time(bar), side(buy), size, price, 0, OrderStatus.REJECTED, reason));
    }

    @Override
    public void unfilled(int signalBar, boolean buy, double size, double price) {
        orders.add(new OrderRecord(
                bars.time(signalBar),
                bars.time(signalBar),
                side(buy),
                size,
                price,
                0,
                OrderStatus.UNFILLED,
                "made on the last bar; there is no next bar to fill it"));
    }

    @Override
    public void tradeClosed(
            int entryBar,
            int exitBar,
            double size,
            double entryPrice,
            double exitPrice,
            double grossProfit,
            double commission) {
        statistics.tradeClosed(entryBar, exitBar, size, entryPrice, exitPrice, grossProfit, commission);
        trades.add(new TradeRecord(
                bars.time(entryBar),
                entryPrice,
                bars.time(exitBar),
                exitPrice,
                size,
                exitBar - entryBar,
                grossProfit,
                commission,
                grossProfit - commission));
    }

    /** The orders so far, in event order; the live list, not a copy. */
    public List<OrderRecord> orders() {
        return orders;
    }

    /** The closed trades so far, in event order; the live list, not a copy. */
    public List<TradeRecord> trades() {
        return trades;
    }

    private static Side side(boolean buy) {
        return buy ? Side.BUY : Side.SELL;
    }
}
