package io.algomoex.trading.config;

import io.algomoex.trading.application.RelayOutbox;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Relays the outbox to RabbitMQ on a fixed delay, so events stored while RabbitMQ was down go out once it is back. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxRelaySchedule {

    private final RelayOutbox relayOutbox;
    private final int batchSize;

    OutboxRelaySchedule(RelayOutbox relayOutbox, TradingProperties properties) {
        this.relayOutbox = relayOutbox;
        this.batchSize = properties.outbox().batchSize();
    }

    @Scheduled(fixedDelayString = "${algo.trading.outbox.relay-interval:PT1S}")
    void relay() {
        relayOutbox.relay(batchSize);
    }
}
