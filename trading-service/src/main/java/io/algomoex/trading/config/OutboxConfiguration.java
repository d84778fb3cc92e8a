package io.algomoex.trading.config;

import io.algomoex.service.outbox.OutboxSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The trading outbox, {@code trading.outbox}, relayed to RabbitMQ every relay interval so events stored while RabbitMQ
 * was down go out once it is back. The table, relay, schedule and port come from service-support's outbox
 * auto-configuration; sent events are deleted after keep-sent.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxSettings outboxSettings(TradingProperties properties) {
        TradingProperties.OutboxProperties outbox = properties.outbox();
        return new OutboxSettings(
                "trading.outbox",
                "trading-service",
                outbox.batchSize(),
                outbox.relayInterval(),
                outbox.keepSent(),
                outbox.purgeInterval());
    }
}
