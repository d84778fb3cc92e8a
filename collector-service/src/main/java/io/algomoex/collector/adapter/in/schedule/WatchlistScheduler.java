package io.algomoex.collector.adapter.in.schedule;

import io.algomoex.collector.application.SyncWatchlist;
import io.algomoex.collector.domain.WatchedSeries;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Syncs the watchlist on a fixed delay ({@code algo.collector.sync-interval}, ISO-8601, default one minute) and
 * exposes the age of each watched series' newest candle as {@code collector.series.newest.age.seconds}.
 */
@Component
class WatchlistScheduler {

    private final SyncWatchlist syncWatchlist;

    WatchlistScheduler(SyncWatchlist syncWatchlist, MeterRegistry meters, Clock clock) {
        this.syncWatchlist = syncWatchlist;
        for (WatchedSeries series : syncWatchlist.watched()) {
            Gauge.builder(
                            "collector.series.newest.age.seconds",
                            () -> syncWatchlist
                                    .newestCandle(series)
                                    .map(begin -> (double) Duration.between(begin, clock.instant())
                                            .toSeconds())
                                    .orElse(Double.NaN))
                    .description("Seconds since the begin of the newest stored candle of a watched series")
                    .tag("series", series.toString())
                    .register(meters);
        }
    }

    @Scheduled(
            initialDelayString = "${algo.collector.sync-initial-delay:PT10S}",
            fixedDelayString = "${algo.collector.sync-interval:PT1M}")
    void sync() {
        syncWatchlist.syncAll();
    }
}
