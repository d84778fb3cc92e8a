package io.algomoex.engine.sweep;

import io.algomoex.common.strategy.Signal;
import io.algomoex.engine.RunSummary;
import io.algomoex.engine.Simulation;

/**
 * {@link io.algomoex.common.strategy.SmaCrossStrategy} specialised for sweeps: the averages come precomputed (each
 * period once per sweep, with the same exact {@link io.algomoex.common.strategy.SimpleMovingAverage}) and the
 * cross-over is inlined, while broker, valuation and statistics are the shared {@link Simulation}. While the account
 * is flat it only scans for the next up-cross and records the flat bars in bulk. Tests check that it reproduces the
 * strategy-driven engine order for order, figure for figure, on every combination.
 */
final class SmaCrossKernel {

    private final Simulation simulation;
    private final double[] fastAverage;
    private final double[] slowAverage;
    private final double size;
    private final int tradeFrom;
    private final int to;
    private double lastNonZeroDifference;

    private SmaCrossKernel(
            Simulation simulation, double[] fastAverage, double[] slowAverage, double size, int tradeFrom, int to) {
        this.simulation = simulation;
        this.fastAverage = fastAverage;
        this.slowAverage = slowAverage;
        this.size = size;
        this.tradeFrom = tradeFrom;
        this.to = to;
    }

    /**
     * Runs fast/slow SMA cross over bars {@code from .. to-1}, trading from {@code tradeFrom}.
     *
     * @param fastAverage the fast average over the whole series ({@code NaN} before it exists)
     * @param slowAverage the slow average over the whole series
     */
    static RunSummary run(
            Simulation simulation,
            double[] fastAverage,
            double[] slowAverage,
            int fastPeriod,
            int slowPeriod,
            double size,
            int from,
            int tradeFrom,
            int to) {
        SmaCrossKernel kernel = new SmaCrossKernel(simulation, fastAverage, slowAverage, size, tradeFrom, to);
        // Both averages exist from this bar on within the window; it seeds the cross-over.
        int seed = from + Math.max(fastPeriod, slowPeriod) - 1;
        for (int t = from; t < Math.min(seed, to); t++) {
            if (t >= tradeFrom) {
                simulation.closeBar(t);
            }
        }
        if (seed < to) {
            if (seed >= tradeFrom) {
                simulation.closeBar(seed);
            }
            kernel.lastNonZeroDifference = fastAverage[seed] - slowAverage[seed];
            kernel.trade(seed + 1);
        }
        return simulation.finish();
    }

    private void trade(int start) {
        int t = start;
        while (t < to) {
            if (t >= tradeFrom && simulation.idle()) {
                t = skipFlat(t);
            } else if (t >= tradeFrom && simulation.nothingPending() && simulation.position() > 0) {
                t = holdLong(t);
            } else {
                double value = t >= tradeFrom ? simulation.closeBar(t) : 0;
                int cross = cross(t);
                if (cross != 0 && t >= tradeFrom) {
                    double position = simulation.position();
                    if (cross > 0 && position == 0) {
                        simulation.signal(t, Signal.Action.BUY, size, value);
                    } else if (cross < 0 && position > 0) {
                        simulation.signal(t, Signal.Action.CLOSE, 0, value);
                    }
                }
                t++;
            }
        }
    }

    /** Flat and idle from bar {@code t}: finds the next up-cross, closes the bars up to it in bulk, buys there. */
    private int skipFlat(int t) {
        int bar = nextCross(t, true);
        if (bar == to) {
            simulation.closeFlatBars(t, to);
            return to;
        }
        simulation.closeFlatBars(t, bar + 1);
        simulation.signal(bar, Signal.Action.BUY, size, simulation.cash());
        return bar + 1;
    }

    /** Long with nothing pending from bar {@code t}: finds the next down-cross, values the bars up to it, closes. */
    private int holdLong(int t) {
        int bar = nextCross(t, false);
        if (bar == to) {
            simulation.closeHeldBars(t, to);
            return to;
        }
        double value = simulation.closeHeldBars(t, bar + 1);
        simulation.signal(bar, Signal.Action.CLOSE, 0, value);
        return bar + 1;
    }

    /**
     * The first bar from {@code t} on where {@link #cross} is an up-cross ({@code up}) or a down-cross, or {@code to}
     * when there is none; the last non-zero difference is then that of the bar returned (or of the last bar). The
     * same steps as calling {@link #cross} bar by bar, with the difference kept in a local.
     */
    private int nextCross(int t, boolean up) {
        double[] fast = fastAverage;
        double[] slow = slowAverage;
        double previous = lastNonZeroDifference;
        int bar = t;
        for (; bar < to; bar++) {
            double difference = fast[bar] - slow[bar];
            boolean crossed = up ? previous < 0 && difference > 0 : previous > 0 && difference < 0;
            if (difference != 0) {
                previous = difference;
            }
            if (crossed) {
                break;
            }
        }
        lastNonZeroDifference = previous;
        return bar;
    }

    /** Backtrader's CrossOver on bar {@code t}, after the seed bar; updates the last non-zero difference. */
    private int cross(int t) {
        double fast = fastAverage[t];
        double slow = slowAverage[t];
        double previous = lastNonZeroDifference;
        double difference = fast - slow;
        if (difference != 0) {
            lastNonZeroDifference = difference;
        }
        return previous < 0 && fast > slow ? 1 : previous > 0 && fast < slow ? -1 : 0;
    }
}
