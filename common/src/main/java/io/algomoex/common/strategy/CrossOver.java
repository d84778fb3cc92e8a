package io.algomoex.common.strategy;

/**
 * Backtrader's {@code CrossOver(data0, data1)}: +1 when the first line crosses above the second, -1 when it crosses
 * below, 0 otherwise.
 *
 * <p>Backtrader compares with the last non-zero difference ({@code NonZeroDifference}) rather than the previous bar,
 * so a cross through a tie is recognised on the bar that leaves the tie on the other side, and a tie alone never
 * signals. The difference is seeded on the first bar where both lines exist, even when it is zero; the first value
 * is therefore available one bar later. Not thread-safe; one instance per pair of lines.
 */
public final class CrossOver {

    private boolean seeded;
    private double lastNonZeroDifference;

    /**
     * Feeds the values of both lines on the next bar where both exist.
     *
     * @return +1, -1 or 0; always 0 on the seeding bar
     */
    public int update(double first, double second) {
        double difference = first - second;
        if (!seeded) {
            seeded = true;
            lastNonZeroDifference = difference;
            return 0;
        }
        int cross = 0;
        if (lastNonZeroDifference < 0 && first > second) {
            cross = 1;
        } else if (lastNonZeroDifference > 0 && first < second) {
            cross = -1;
        }
        if (difference != 0) {
            lastNonZeroDifference = difference;
        }
        return cross;
    }

    /** Whether the seeding bar has been seen, so that the next update can report a cross. */
    public boolean isSeeded() {
        return seeded;
    }
}
