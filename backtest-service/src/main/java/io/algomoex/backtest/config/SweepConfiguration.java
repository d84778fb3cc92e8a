package io.algomoex.backtest.config;

import io.algomoex.backtest.adapter.out.amqp.RabbitSweepQueueDepth;
import io.algomoex.backtest.application.PurgeExpiredRuns;
import io.algomoex.backtest.application.SweepJobSettings;
import io.algomoex.service.outbox.OutboxSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Sweep settings for the use cases, the outbox settings, and the scheduled retention and queue-depth poll. */
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

    /** {@code backtest.outbox}; sent messages are deleted with expired runs (see {@link PurgeExpiredRuns}). */
    @Bean
    OutboxSettings outboxSettings(BacktestProperties properties) {
        return OutboxSettings.keptByService(
                "backtest.outbox",
                "backtest-service",
                properties.outbox().batchSize(),
                properties.outbox().relayInterval());
    }

    @Bean
    Schedules sweepSchedules(
            PurgeExpiredRuns purgeExpiredRuns, RabbitSweepQueueDepth queueDepth, BacktestProperties properties) {
        return new Schedules(purgeExpiredRuns, queueDepth, properties);
    }

    static class Schedules {

        private final PurgeExpiredRuns purgeExpiredRuns;
        private final RabbitSweepQueueDepth queueDepth;
        private final BacktestProperties properties;

        Schedules(PurgeExpiredRuns purgeExpiredRuns, RabbitSweepQueueDepth queueDepth, BacktestProperties properties) {
            this.purgeExpiredRuns = purgeExpiredRuns;
            this.queueDepth = queueDepth;
            this.properties = properties;
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
