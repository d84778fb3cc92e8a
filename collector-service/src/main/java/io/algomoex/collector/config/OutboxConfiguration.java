package io.algomoex.collector.config;

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

/** The outbox ({@code market.outbox}), its relay to RabbitMQ on a fixed delay, and the purge of sent events. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxConfiguration {

    @Bean
    JdbcOutboxTable marketOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new JdbcOutboxTable(jdbc, json, clock, "market.outbox");
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcOutboxTable marketOutbox,
            RabbitTemplate rabbit,
            TransactionTemplate transactions,
            OutboxProperties properties) {
        return new OutboxRelay(
                marketOutbox, new RabbitConfirmedPublisher(rabbit), transactions, properties.batchSize());
    }

    @Bean
    Schedule outboxSchedule(
            OutboxRelay outboxRelay, JdbcOutboxTable marketOutbox, OutboxProperties properties, Clock clock) {
        return new Schedule(outboxRelay, marketOutbox, properties, clock);
    }

    /** The scheduled runs; a bean of its own so the relay can be used without the schedule. */
    static class Schedule {

        private final OutboxRelay relay;
        private final JdbcOutboxTable table;
        private final OutboxProperties properties;
        private final Clock clock;

        Schedule(OutboxRelay relay, JdbcOutboxTable table, OutboxProperties properties, Clock clock) {
            this.relay = relay;
            this.table = table;
            this.properties = properties;
            this.clock = clock;
        }

        /** Events stored while RabbitMQ was down go out once it is back. */
        @Scheduled(fixedDelayString = "${algo.collector.outbox.relay-interval:1s}")
        void relay() {
            relay.relay();
        }

        @Scheduled(
                fixedDelayString = "${algo.collector.outbox.purge-interval:1h}",
                initialDelayString = "${algo.collector.outbox.purge-interval:1h}")
        void purge() {
            table.deleteSentBefore(clock.instant().minus(properties.keepSent()));
        }
    }
}
