package io.algomoex.backtest.config;

import io.algomoex.backtest.adapter.out.amqp.RabbitSweepQueueDepth;
import io.algomoex.backtest.application.PurgeExpiredRuns;
import io.algomoex.backtest.application.SweepJobSettings;
import io.algomoex.service.outbox.JdbcOutboxTable;
import io.algomoex.service.outbox.OutboxRelay;
import io.algomoex.service.outbox.RabbitConfirmedPublisher;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Sweep settings for the use cases, and the scheduled outbox relay, retention and queue-depth poll. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SweepConfiguration {

    @Bean
    SweepJobSettings sweepJobSettings(BacktestProperties properties) {
        var sweep = properties.sweep();
        return new SweepJobSettings(
                sweep.chunkSize(),
                sweep.threads(),
                sweep.instanceId().isBlank() ? defaultInstanceId() : sweep.instanceId(),
                sweep.cachedSeries(),
                properties.publicUrl(),
                properties.outbox().batchSize());
    }

    /** The host name (the container id under compose) plus a suffix, so replicas on one host differ too. */
    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "backtest-service";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Bean
    JdbcOutboxTable backtestOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new JdbcOutboxTable(jdbc, json, clock, "backtest.outbox");
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcOutboxTable backtestOutbox,
            RabbitTemplate rabbit,
            TransactionTemplate transactions,
            SweepJobSettings settings) {
        return new OutboxRelay(
                backtestOutbox, new RabbitConfirmedPublisher(rabbit), transactions, settings.relayBatchSize());
    }

    @Bean
    Schedules sweepSchedules(
            OutboxRelay relayOutbox,
            PurgeExpiredRuns purgeExpiredRuns,
            RabbitSweepQueueDepth queueDepth,
            BacktestProperties properties) {
        return new Schedules(relayOutbox, purgeExpiredRuns, queueDepth, properties);
    }

    static class Schedules {

        private final OutboxRelay relayOutbox;
        private final PurgeExpiredRuns purgeExpiredRuns;
        private final RabbitSweepQueueDepth queueDepth;
        private final BacktestProperties properties;

        Schedules(
                OutboxRelay relayOutbox,
                PurgeExpiredRuns purgeExpiredRuns,
                RabbitSweepQueueDepth queueDepth,
                BacktestProperties properties) {
            this.relayOutbox = relayOutbox;
            this.purgeExpiredRuns = purgeExpiredRuns;
            this.queueDepth = queueDepth;
            this.properties = properties;
        }

        /** Events and chunks stored while RabbitMQ was down go out once it is back. */
        @Scheduled(fixedDelayString = "${algo.backtest.outbox.relay-interval:1s}")
        void relay() {
            relayOutbox.relay();
        }

        @Scheduled(
                fixedDelayString = "${algo.backtest.retention-interval:1h}",
                initialDelayString = "${algo.backtest.retention-interval:1h}")
        void purge() {
            if (properties.retention() != null) {
                purgeExpiredRuns.purge(properties.retention());
            }
        }

        @Scheduled(fixedDelayString = "${algo.backtest.sweep.queue-depth-interval:10s}")
        void pollQueueDepth() {
            queueDepth.poll();
        }
    }
}
