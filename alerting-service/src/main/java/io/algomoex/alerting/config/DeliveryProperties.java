package io.algomoex.alerting.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Alert aggregation and delivery.
 *
 * @param aggregationWindow alerts of one key inside this window become one message with a count
 * @param pollInterval how often the delivery loop looks for due alerts
 * @param initialBackoff wait after the first retryable failure; doubles per attempt
 * @param maxBackoff longest wait between attempts
 * @param claimLease how long one attempt may take before the alert may be tried again (after a crash)
 * @param stopTimeout how long shutdown waits for the attempt under way
 */
@ConfigurationProperties("algo.alerting.delivery")
@Validated
public record DeliveryProperties(
        @DefaultValue("60s") @NotNull Duration aggregationWindow,
        @DefaultValue("1s") @NotNull Duration pollInterval,
        @DefaultValue("2s") @NotNull Duration initialBackoff,
        @DefaultValue("60s") @NotNull Duration maxBackoff,
        @DefaultValue("2m") @NotNull Duration claimLease,
        @DefaultValue("20s") @NotNull Duration stopTimeout) {}
