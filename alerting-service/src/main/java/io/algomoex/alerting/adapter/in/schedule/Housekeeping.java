package io.algomoex.alerting.adapter.in.schedule;

import io.algomoex.alerting.application.ForgetProcessedEvents;
import io.algomoex.alerting.application.WatchCandles;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Periodic checks: silent candle series, and pruning of old processed event ids. */
@Component
class Housekeeping {

    private final WatchCandles watchCandles;
    private final ForgetProcessedEvents forgetProcessedEvents;

    Housekeeping(WatchCandles watchCandles, ForgetProcessedEvents forgetProcessedEvents) {
        this.watchCandles = watchCandles;
        this.forgetProcessedEvents = forgetProcessedEvents;
    }

    @Scheduled(fixedDelayString = "${algo.alerting.rules.stale-candles.check-interval}")
    void checkStaleCandles() {
        watchCandles.checkStale();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldEvents() {
        forgetProcessedEvents.forget();
    }
}
