package io.algomoex.service.outbox;

import java.time.Clock;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One outbox for every publishing service: a service declares an {@link OutboxSettings} bean and gets its
 * {@link JdbcOutboxTable}, the {@link OutboxRelay} that publishes it with publisher confirms, the
 * {@link EventOutbox} its use cases store events through, and the {@link OutboxSchedule}.
 */
@AutoConfiguration
@ConditionalOnBean(OutboxSettings.class)
public class OutboxAutoConfiguration {

    @Bean
    JdbcOutboxTable outboxTable(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxSettings settings) {
        return new JdbcOutboxTable(jdbc, json, clock, settings.table());
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcOutboxTable outboxTable,
            RabbitTemplate rabbit,
            TransactionTemplate transactions,
            OutboxSettings settings) {
        return new OutboxRelay(outboxTable, new RabbitConfirmedPublisher(rabbit), transactions, settings.batchSize());
    }

    @Bean
    EventOutbox eventOutbox(JdbcOutboxTable outboxTable, OutboxRelay outboxRelay, OutboxSettings settings) {
        return new TableEventOutbox(outboxTable, outboxRelay, settings.source());
    }

    @Bean
    OutboxSchedule outboxSchedule(
            OutboxRelay outboxRelay, JdbcOutboxTable outboxTable, OutboxSettings settings, Clock clock) {
        return new OutboxSchedule(outboxRelay, outboxTable, settings, clock);
    }
}
