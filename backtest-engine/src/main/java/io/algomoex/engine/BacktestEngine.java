package io.algomoex.engine;

import io.algomoex.common.strategy.Signal;
import io.algomoex.common.strategy.Strategy;
import io.algomoex.engine.metrics.TradeStatistics;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.EquityCurve;

/**
 * Runs a {@link Strategy} over a {@link BarSeries} with Backtrader's event order: on each bar the broker first
 * checks and fills the order made on the previous bar, the account is valued at the close, then the strategy sees
 * the closed bar and may make one order. Stateless and thread-safe; each run needs its own strategy instance.
 */
public final class BacktestEngine {

    private BacktestEngine() {}

    /** Runs the strategy over the whole series. */
    public static BacktestResult run(BarSeries bars, Strategy strategy, BacktestSettings settings) {
        return run(bars, strategy, settings, 0, 0, bars.size());
    }

    /**
     * Runs the strategy over bars {@code from .. to-1}, trading and measuring only from {@code tradeFrom}: the bars
     * before it only warm the strategy up, and signals on them are ignored. The account starts with the initial cash
     * at {@code tradeFrom}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= from <= tradeFrom < to <= bars.size()}
     */
    public static BacktestResult run(
            BarSeries bars, Strategy strategy, BacktestSettings settings, int from, int tradeFrom, int to) {
        requireWindow(bars, from, tradeFrom, to);
        TradeStatistics statistics = new TradeStatistics();
        RunRecorder recorder = new RunRecorder(bars, statistics);
        double[] values = new double[to - tradeFrom];
        Simulation simulation = new Simulation(
                bars,
                settings,
                bars.calendar().periodsPerYear(tradeFrom, to),
                tradeFrom,
                to,
                recorder,
                statistics,
                values);
        SeriesCursor cursor = new SeriesCursor(bars);
        for (int t = from; t < to; t++) {
            double value = t >= tradeFrom ? simulation.closeBar(t) : settings.initialCash();
            cursor.moveTo(t);
            Signal signal = strategy.onBar(cursor, simulation.position());
            if (signal.isOrder() && t >= tradeFrom) {
                simulation.signal(t, signal.action(), signal.size(), value);
            }
        }
        RunSummary summary = simulation.finish();
        return new BacktestResult(
                settings.initialCash(),
                summary.finalValue(),
                summary.finalCash(),
                summary.finalPosition(),
                recorder.orders(),
                recorder.trades(),
                summary.metrics(),
                EquityCurve.of(bars, tradeFrom, values));
    }

    static void requireWindow(BarSeries bars, int from, int tradeFrom, int to) {
        if (from < 0 || tradeFrom < from || to <= tradeFrom || to > bars.size()) {
            throw new IllegalArgumentException("need 0 <= from <= tradeFrom < to <= " + bars.size() + ", got from "
                    + from + ", tradeFrom " + tradeFrom + ", to " + to);
        }
    }
}
