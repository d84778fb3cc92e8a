package io.algomoex.trading.config;

import io.algomoex.service.outbox.JdbcOutboxTable;
import io.algomoex.service.outbox.OutboxRelay;
import io.algomoex.service.outbox.RabbitConfirmedPublisher;
import java.time.Clock;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox ({@code trading.outbox}) and its relay to RabbitMQ on a fixed delay, so events stored while RabbitMQ was
 * down go out once it is back.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxRelaySchedule {

    @Bean
    JdbcOutboxTable tradingOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new JdbcOutboxTable(jdbc, json, clock, "trading.outbox");
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcOutboxTable tradingOutbox,
            RabbitTemplate rabbit,
            TransactionTemplate transactions,
            TradingProperties properties) {
        return new OutboxRelay(
                tradingOutbox,
                new RabbitConfirmedPublisher(rabbit),
                transactions,
                properties.outbox().batchSize());
    }

    @Bean
    Relay relay(OutboxRelay outboxRelay) {
        return new Relay(outboxRelay);
    }

    /** The scheduled run; a bean of its own so the relay can be used without the schedule. */
    static class Relay {

        private final OutboxRelay outboxRelay;

        Relay(OutboxRelay outboxRelay) {
            this.outboxRelay = outboxRelay;
        }

        @Scheduled(fixedDelayString = "${algo.trading.outbox.relay-interval:PT1S}")
        void relay() {
            outboxRelay.relay();
        }
    }
}
