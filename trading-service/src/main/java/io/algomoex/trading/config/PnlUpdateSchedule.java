package io.algomoex.trading.config;

import io.algomoex.trading.application.PublishPnlUpdates;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Publishes P&amp;L changes that waited for their strategy's minimum interval, once it has passed. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PnlUpdateSchedule {

    private final PublishPnlUpdates publishPnlUpdates;

    PnlUpdateSchedule(PublishPnlUpdates publishPnlUpdates) {
        this.publishPnlUpdates = publishPnlUpdates;
    }

    @Scheduled(fixedDelayString = "${algo.trading.pnl-updates.flush-interval:PT1S}")
    void flush() {
        publishPnlUpdates.flush();
    }
}
