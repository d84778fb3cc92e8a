package io.algomoex.collector.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The MOEX ISS client ({@code algo.collector.moex-iss}). ISS documents no rate limit; moexalgo throttles itself to
 * about 3 requests/s and the seed article used 10, which is the ceiling here.
 *
 * @param baseUrl scheme and host of ISS
 * @param requestsPerSecond global rate shared by every job, 1..10
 * @param maxInFlight requests in flight at once, shared by every job
 * @param retryDeadline how long one request may keep failing (5xx, 429, reset, timeout), from its first failure,
 *     before the job fails
 * @param backoffBase first retry delay, doubled per retry, with jitter
 * @param backoffMax longest retry delay
 * @param connectTimeout TCP connect timeout
 * @param readTimeout read timeout
 * @param maxPages safety cap on pages per window
 * @param dataDelay how far public ISS data lags real time; younger candles are stored provisional
 */
@Validated
@ConfigurationProperties("algo.collector.moex-iss")
record MoexIssProperties(
        @NotBlank @DefaultValue("https://iss.moex.com") String baseUrl,
        @Min(1) @Max(10) @DefaultValue("5") int requestsPerSecond,
        @Min(1) @Max(4) @DefaultValue("2") int maxInFlight,
        @NotNull @DefaultValue("3m") Duration retryDeadline,
        @NotNull @DefaultValue("500ms") Duration backoffBase,
        @NotNull @DefaultValue("10s") Duration backoffMax,
        @NotNull @DefaultValue("5s") Duration connectTimeout,
        @NotNull @DefaultValue("30s") Duration readTimeout,
        @Min(1) @DefaultValue("2000") int maxPages,
        @NotNull @DefaultValue("15m") Duration dataDelay) {}
