package io.algomoex.engine;

import io.algomoex.common.strategy.Signal;
import io.algomoex.engine.broker.Broker;
import io.algomoex.engine.broker.BrokerEvents;
import io.algomoex.engine.metrics.DayEnds;
import io.algomoex.engine.metrics.EquityStatistics;
import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.metrics.TradeStatistics;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;

/**
 * The bar loop shared by the strategy-driven engine and the sweep kernel: the broker step, the value at the close
 * and the statistics of each bar, in Backtrader's order. Both paths call exactly this code, so they produce the same
 * numbers.
 */
public final class Simulation {

    private final BarSeries bars;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final BacktestSettings settings;
    private final Broker broker;
    private final EquityStatistics equity;
    private final TradeStatistics trades;
    private final int periodsPerYear;
    private final int tradeFrom;
    private final int to;
    private final double[] values;
    private final DayEnds days;

    /**
     * @param events receives every broker event; must forward {@code tradeClosed} to {@code trades}, or be it
     * @param values receives the value at the close of bars {@code tradeFrom .. to-1}, or {@code null}
     */
    public Simulation(
            BarSeries bars,
            BacktestSettings settings,
            int periodsPerYear,
            int tradeFrom,
            int to,
            BrokerEvents events,
            TradeStatistics trades,
            double[] values) {
        this.bars = bars;
        this.open = bars.openArray();
        this.high = bars.highArray();
        this.low = bars.lowArray();
        this.close = bars.closeArray();
        this.settings = settings;
        this.broker = new Broker(settings, events);
        this.trades = trades;
        this.periodsPerYear = periodsPerYear;
        this.equity = new EquityStatistics(
                settings.initialCash(),
                EquityStatistics.dailyRiskFree(settings.riskFreeRate(), periodsPerYear),
                bars.calendar().daysBetween(tradeFrom, to));
        this.tradeFrom = tradeFrom;
        this.to = to;
        this.values = values;
        this.days = new DayEnds(bars.calendar(), tradeFrom, to);
    }

    /** Broker step and statistics of bar {@code t}; returns the account value at its close. */
    public double closeBar(int t) {
        broker.step(t, open[t], high[t], low[t]);
        double value = broker.value(close[t]);
        equity.record(value, broker.position() != 0);
        if (t == days.next()) {
            endDay(value);
        }
        if (values != null) {
            values[t - tradeFrom] = value;
        }
        return value;
    }

    /**
     * Closes bars {@code from .. end-1} while the account is flat with no order pending: each bar's value is the
     * cash, so the bars are recorded at once and each day they end closes at that value, with the same results as
     * {@link #closeBar}.
     */
    public void closeFlatBars(int from, int end) {
        double value = broker.cash();
        if (values != null) {
            java.util.Arrays.fill(values, from - tradeFrom, end - tradeFrom, value);
        }
        // Recording a repeated flat value once per day or once for the whole run gives the same figures.
        equity.recordRepeated(value, end - from);
        int lastClosed = from - 1;
        while (days.next() < end && days.next() > lastClosed) {
            lastClosed = days.next();
            endDay(value);
        }
    }

    /**
     * Closes bars {@code from .. end-1} while no order is pending: the broker has nothing to do, so each bar is only
     * valued and recorded, as {@link #closeBar} would. Returns the value at the close of the last of them.
     */
    public double closeHeldBars(int from, int end) {
        if (values != null) {
            return closeHeldBarsRecordingValues(from, end);
        }
        return equity.recordHeld(close, from, end, broker.cash(), broker.position(), broker.averagePrice(), days);
    }

    private double closeHeldBarsRecordingValues(int from, int end) {
        double value = 0;
        boolean inMarket = broker.position() != 0;
        for (int t = from; t < end; t++) {
            value = broker.value(close[t]);
            equity.record(value, inMarket);
            values[t - tradeFrom] = value;
            if (t == days.next()) {
                endDay(value);
            }
        }
        return value;
    }

    /** Whether the account is flat with no order waiting, so that {@link #closeFlatBars} applies. */
    public boolean idle() {
        return broker.position() == 0 && !broker.hasPending();
    }

    /** Whether no order is waiting, so that {@link #closeHeldBars} applies. */
    public boolean nothingPending() {
        return !broker.hasPending();
    }

    /** The broker's cash. */
    public double cash() {
        return broker.cash();
    }

    private void endDay(double value) {
        equity.closeDay(value);
        days.advance();
    }

    /** The broker's position in units; negative when short. */
    public double position() {
        return broker.position();
    }

    /** Places the order for a signal on bar {@code t}, given the value at its close. */
    public void signal(int t, Signal.Action action, double size, double value) {
        broker.order(t, action, size, close[t], high[t], low[t], value);
    }

    /** Ends the run after the last bar and computes its figures. */
    public RunSummary finish() {
        broker.finish();
        double finalValue = broker.value(close[to - 1]);
        Metrics metrics = Metrics.of(
                settings.initialCash(),
                finalValue,
                bars.calendar().years(tradeFrom, to - 1),
                periodsPerYear,
                to - tradeFrom,
                equity,
                trades,
                broker.commissionPaid());
        return new RunSummary(finalValue, broker.cash(), broker.position(), metrics);
    }
}
