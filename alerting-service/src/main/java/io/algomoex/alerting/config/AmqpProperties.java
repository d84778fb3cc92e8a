package io.algomoex.alerting.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The service's own queue on {@code algo.events} and where its poison messages go.
 *
 * @param queue durable queue bound to {@code algo.events} with {@code #}
 * @param deadLetterExchange exchange rejected messages are dead-lettered to
 * @param deadLetterQueue durable queue holding them for inspection
 */
@ConfigurationProperties("algo.alerting.amqp")
@Validated
public record AmqpProperties(
        @DefaultValue("alerting.events") @NotBlank String queue,
        @DefaultValue("alerting.events.dlx") @NotBlank String deadLetterExchange,
        @DefaultValue("alerting.events.dlq") @NotBlank String deadLetterQueue) {}
