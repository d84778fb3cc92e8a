package io.algomoex.collector.application.port;

import io.algomoex.collector.domain.WatchedSeries;

/** A lock shared by every collector replica, so only one syncs a series at a time. */
public interface SeriesLock {

    /**
     * Runs {@code work} while holding the series' lock.
     *
     * @return {@code false} without running it when another replica holds the lock
     */
    boolean runExclusively(WatchedSeries series, Runnable work);
}
