package io.algomoex.collector.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The relay of {@code market.outbox} to RabbitMQ ({@code algo.collector.outbox}; environment
 * {@code ALGO_COLLECTOR_OUTBOX_...}).
 *
 * @param relayInterval how often stored events are relayed besides right after each batch (catches up after an outage)
 * @param batchSize events published and marked sent per transaction
 * @param keepSent how long sent events stay in the table before they are deleted
 * @param purgeInterval how often sent events older than {@code keepSent} are deleted
 */
@Validated
@ConfigurationProperties("algo.collector.outbox")
record OutboxProperties(
        @NotNull @DefaultValue("1s") Duration relayInterval,
        @Positive @DefaultValue("200") int batchSize,
        @NotNull @DefaultValue("1d") Duration keepSent,
        @NotNull @DefaultValue("1h") Duration purgeInterval) {}
