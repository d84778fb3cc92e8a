package io.algomoex.collector.config;

import io.algomoex.service.outbox.OutboxSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The collector's outbox, {@code market.outbox}: market.candles.stored and market.candle.closed are stored with their
 * candles and relayed right after each batch and every relay interval; sent events are deleted after keep-sent. The
 * table, relay, schedule and port come from service-support's outbox auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxSettings outboxSettings(OutboxProperties properties) {
        return new OutboxSettings(
                "market.outbox",
                "collector-service",
                properties.batchSize(),
                properties.relayInterval(),
                properties.keepSent(),
                properties.purgeInterval());
    }
}
