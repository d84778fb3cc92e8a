package io.algomoex.alerting.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The service's own queue on {@code algo.events}; its poison messages go to the queue's name plus {@code .dlq}.
 *
 * @param queue durable queue bound to {@code algo.events} with {@code #}
 */
@ConfigurationProperties("algo.alerting.amqp")
@Validated
public record AmqpProperties(
        @DefaultValue("alerting.events") @NotBlank String queue) {}
