package io.algomoex.collector.application;

import io.algomoex.collector.domain.WatchedSeries;
import java.util.List;

/**
 * What the scheduled sync keeps up to date.
 *
 * @param series the watched series, possibly none
 * @param initialDays how many days back a series with no stored candle starts
 */
public record WatchlistSettings(List<WatchedSeries> series, int initialDays) {

    public WatchlistSettings {
        series = List.copyOf(series);
        if (initialDays < 1) {
            throw new IllegalArgumentException("initialDays must be at least 1, got " + initialDays);
        }
    }
}
