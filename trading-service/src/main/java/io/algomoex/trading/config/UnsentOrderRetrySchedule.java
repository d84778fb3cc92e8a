package io.algomoex.trading.config;

import io.algomoex.trading.application.ActOnClosedCandle;
import io.algomoex.trading.application.ReconcileWithBroker;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Settles orders the broker could not be reached for while the service runs ({@link ReconcileWithBroker#retryUnsent})
 * every {@code algo.trading.reconcile.unsent-retry-interval} (30 s), between two candles, rather than leaving them
 * {@code NEW} until the next start.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class UnsentOrderRetrySchedule {

    private final ActOnClosedCandle loop;
    private final ReconcileWithBroker reconcileWithBroker;

    UnsentOrderRetrySchedule(ActOnClosedCandle loop, ReconcileWithBroker reconcileWithBroker) {
        this.loop = loop;
        this.reconcileWithBroker = reconcileWithBroker;
    }

    @Scheduled(
            fixedDelayString = "${algo.trading.reconcile.unsent-retry-interval:PT30S}",
            initialDelayString = "${algo.trading.reconcile.unsent-retry-interval:PT30S}")
    void retry() {
        loop.exclusively(reconcileWithBroker::retryUnsent);
    }
}
