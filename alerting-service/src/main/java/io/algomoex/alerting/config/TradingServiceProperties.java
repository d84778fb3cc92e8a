package io.algomoex.alerting.config;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * trading-service's REST API, asked for /status.
 *
 * @param baseUrl its root
 * @param timeout connect and read timeout; the bot answers "unreachable" after it
 */
@ConfigurationProperties("algo.alerting.trading")
@Validated
public record TradingServiceProperties(
        @DefaultValue("http://localhost:8083") @NotNull URI baseUrl,
        @DefaultValue("3s") @NotNull Duration timeout) {}
