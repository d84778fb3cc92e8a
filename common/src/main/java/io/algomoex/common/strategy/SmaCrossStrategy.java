package io.algomoex.common.strategy;

/**
 * The canonical Backtrader example strategy: a fast and a slow {@link SimpleMovingAverage} of the close and their
 * {@link CrossOver}. When flat and the fast average crosses above the slow one, buy {@code size} units; when long and
 * it crosses below, close the whole position. It never sells short.
 *
 * <p>The first signal is possible on bar {@code max(fast, slow) + 1}, Backtrader's minimum period for this strategy:
 * the cross-over needs one bar after the bar on which both averages first exist.
 */
public final class SmaCrossStrategy implements Strategy {

    private final int fast;
    private final int slow;
    private final SimpleMovingAverage fastAverage;
    private final SimpleMovingAverage slowAverage;
    private final CrossOver crossOver = new CrossOver();
    private final Signal buy;
    private final int warmUpBars;

    /**
     * @param fast period of the fast average, at least 1
     * @param slow period of the slow average, at least 1
     * @param size units bought on an up-cross, finite and positive
     * @throws IllegalArgumentException when a period is not positive or the size is not a positive finite number
     */
    public SmaCrossStrategy(int fast, int slow, double size) {
        this.fast = fast;
        this.slow = slow;
        this.fastAverage = new SimpleMovingAverage(fast);
        this.slowAverage = new SimpleMovingAverage(slow);
        this.buy = Signal.buy(size);
        this.warmUpBars = Math.max(fast, slow) + 1;
    }

    /** Period of the fast average. */
    public int fast() {
        return fast;
    }

    /** Period of the slow average. */
    public int slow() {
        return slow;
    }

    /** Units bought on an up-cross. */
    public double size() {
        return buy.size();
    }

    @Override
    public int warmUpBars() {
        return warmUpBars;
    }

    @Override
    public Signal onBar(Bar bar, double position) {
        double close = bar.close();
        double fastValue = fastAverage.update(close);
        double slowValue = slowAverage.update(close);
        if (!fastAverage.isReady() || !slowAverage.isReady()) {
            return Signal.HOLD;
        }
        int cross = crossOver.update(fastValue, slowValue);
        if (cross > 0 && position == 0) {
            return buy;
        }
        if (cross < 0 && position > 0) {
            return Signal.CLOSE;
        }
        return Signal.HOLD;
    }

    @Override
    public String toString() {
        return "SmaCross(" + fast + ", " + slow + ", size " + size() + ")";
    }
}
