package io.algomoex.engine.metrics;

import io.algomoex.engine.model.BarDays;

/**
 * Walks the last bars of the calendar days of a window {@code from .. to-1}: the window's last bar closes a day
 * whatever the calendar says, and past it no bar does.
 */
public final class DayEnds {

    private final int[] ends;
    private final int lastBar;
    private int index;
    private int next;

    public DayEnds(BarDays calendar, int from, int to) {
        this.ends = calendar.dayEnds();
        this.lastBar = to - 1;
        this.index = calendar.firstDayEndAtOrAfter(from);
        this.next = Math.min(ends[index], lastBar);
    }

    /** The bar that closes the current day. */
    public int next() {
        return next;
    }

    /** Moves to the next day; after the window's last bar it stays there. */
    public void advance() {
        next = index + 1 < ends.length ? Math.min(ends[++index], lastBar) : lastBar;
    }
}
