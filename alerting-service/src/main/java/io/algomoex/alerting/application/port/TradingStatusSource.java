package io.algomoex.alerting.application.port;

import io.algomoex.alerting.domain.TradingSnapshot;

/** trading-service's own view of its state. */
public interface TradingStatusSource {

    /** @throws TradingServiceUnavailableException when trading-service does not answer or answers with an error */
    TradingSnapshot status();
}
