package io.algomoex.engine.metrics;

import io.algomoex.engine.broker.Broker;
import java.util.Arrays;

/**
 * Per-bar statistics of the account value: Backtrader's {@code DrawDown} analyzer (peak, money and percent
 * drawdown, bars in drawdown), daily returns for Sharpe and Sortino, and exposure.
 */
public final class EquityStatistics {

    private final double dailyRiskFree;
    private double peak = Double.NEGATIVE_INFINITY;
    private double deepestSincePeak;
    private double maxDrawdown;
    private double maxMoneyDown;
    private int drawdownBars;
    private int maxDrawdownBars;
    private int barsInMarket;

    private double dayStartValue;
    private double[] excessReturns;
    private int days;

    /**
     * @param initialValue account value before the first bar; the first day's return is measured from it
     * @param dailyRiskFree risk-free return per period, subtracted from each daily return
     * @param expectedDays how many days will be closed, to size the return buffer (it grows if needed)
     */
    public EquityStatistics(double initialValue, double dailyRiskFree, int expectedDays) {
        this.dayStartValue = initialValue;
        this.dailyRiskFree = dailyRiskFree;
        this.excessReturns = new double[Math.max(1, expectedDays)];
    }

    /** The risk-free return per period from an annual rate, compounded as Backtrader's SharpeRatio converts it. */
    public static double dailyRiskFree(double annualRate, int periodsPerYear) {
        return Math.pow(1.0 + annualRate, 1.0 / periodsPerYear) - 1.0;
    }

    /** Records the value at the close of a bar; call {@link #closeDay(double)} after it on a day's last bar. */
    public void record(double value, boolean inMarket) {
        if (inMarket) {
            barsInMarket++;
        }
        if (value < peak) {
            // peak - value is non-zero exactly when value < peak: Backtrader's "len + 1 if drawdown".
            drawdownBars++;
            double moneyDown = peak - value;
            if (moneyDown > deepestSincePeak) {
                deeper(moneyDown);
            }
        } else if (value > peak || drawdownBars != 0) {
            // At the peak again after a drawdown, or above it; staying at the peak changes nothing.
            atOrAbovePeak(value);
        }
    }

    /**
     * Records {@code count} bars that all close at {@code value} while flat: the same as {@code count} calls of
     * {@code record(value, false)}, because after the first of them the value is at or below the peak and repeats.
     */
    public void recordRepeated(double value, int count) {
        record(value, false);
        if (count > 1 && value < peak) {
            drawdownBars += count - 1;
        }
    }

    /**
     * Records bars {@code from .. end-1} of {@code close} for an account whose cash, position and average price do not
     * change over them: the same as {@link #record} with each bar's {@link Broker#value(double, double, double,
     * double)} and {@link #closeDay} after each day's last bar, but with the running figures in locals, so that the
     * loop stays in registers. Returns the value at the close of bar {@code end-1} ({@code 0} for no bar).
     */
    public double recordHeld(double[] close, int from, int end, double cash, double size, double price, DayEnds days) {
        double runPeak = peak;
        double deepest = deepestSincePeak;
        double maxMoney = maxMoneyDown;
        double maxPercent = maxDrawdown;
        int downBars = drawdownBars;
        int maxDownBars = maxDrawdownBars;
        double value = 0;
        int dayEnd = days.next();
        for (int t = from; t < end; t++) {
            value = Broker.value(cash, size, price, close[t]);
            if (value < runPeak) {
                downBars++;
                double moneyDown = runPeak - value;
                if (moneyDown > deepest) {
                    deepest = moneyDown;
                    maxMoney = Math.max(maxMoney, moneyDown);
                    maxPercent = Math.max(maxPercent, 100.0 * moneyDown / runPeak);
                }
            } else if (value > runPeak || downBars != 0) {
                if (value > runPeak) {
                    runPeak = value;
                    deepest = 0;
                }
                maxDownBars = Math.max(maxDownBars, downBars);
                downBars = 0;
            }
            if (t == dayEnd) {
                closeDay(value);
                days.advance();
                dayEnd = days.next();
            }
        }
        peak = runPeak;
        deepestSincePeak = deepest;
        maxMoneyDown = maxMoney;
        maxDrawdown = maxPercent;
        drawdownBars = downBars;
        maxDrawdownBars = maxDownBars;
        if (size != 0) {
            barsInMarket += end - from;
        }
        return value;
    }

    /**
     * Backtrader computes {@code 100 * (peak - value) / peak} on every bar and keeps the maximum. With the peak fixed,
     * that rounded quotient never decreases as the money drawdown grows, so only a new deepest point since the peak
     * can raise either maximum: the division runs there and nowhere else, with the same results.
     */
    private void deeper(double moneyDown) {
        deepestSincePeak = moneyDown;
        maxMoneyDown = Math.max(maxMoneyDown, moneyDown);
        maxDrawdown = Math.max(maxDrawdown, 100.0 * moneyDown / peak);
    }

    private void atOrAbovePeak(double value) {
        if (value > peak) {
            peak = value;
            deepestSincePeak = 0;
        }
        maxDrawdownBars = Math.max(maxDrawdownBars, drawdownBars);
        drawdownBars = 0;
    }

    /** Ends a day at {@code value}: its return over the previous day's end, less the risk-free rate, is kept. */
    public void closeDay(double value) {
        if (days == excessReturns.length) {
            excessReturns = Arrays.copyOf(excessReturns, days * 2);
        }
        excessReturns[days++] = value / dayStartValue - 1.0 - dailyRiskFree;
        dayStartValue = value;
    }

    double maxDrawdownPercent() {
        return maxDrawdown;
    }

    double maxDrawdownMoney() {
        return maxMoneyDown;
    }

    int maxDrawdownBars() {
        return Math.max(maxDrawdownBars, drawdownBars);
    }

    /** Share of {@code bars} recorded bars that closed with a position. */
    double exposurePercent(int bars) {
        return bars == 0 ? Double.NaN : 100.0 * barsInMarket / bars;
    }

    /**
     * Mean over population standard deviation of daily excess returns, times sqrt(periods per year); two passes, as
     * Backtrader's {@code average} and {@code standarddev}.
     */
    double sharpe(int periodsPerYear) {
        double mean = meanExcess();
        double squares = 0;
        for (int i = 0; i < days; i++) {
            double deviation = excessReturns[i] - mean;
            squares += deviation * deviation;
        }
        double deviation = Math.sqrt(squares / days);
        return days < 2 || deviation == 0 ? Double.NaN : mean / deviation * Math.sqrt(periodsPerYear);
    }

    /** Mean over downside deviation (root mean square of negative excess returns), times sqrt(periods per year). */
    double sortino(int periodsPerYear) {
        double mean = meanExcess();
        double squares = 0;
        for (int i = 0; i < days; i++) {
            double shortfall = Math.min(excessReturns[i], 0.0);
            squares += shortfall * shortfall;
        }
        double downside = Math.sqrt(squares / days);
        return days < 2 || downside == 0 ? Double.NaN : mean / downside * Math.sqrt(periodsPerYear);
    }

    private double meanExcess() {
        double sum = 0;
        for (int i = 0; i < days; i++) {
            sum += excessReturns[i];
        }
        return sum / days;
    }
}
