package io.algomoex.collector.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Redis cache of vendor responses ({@code algo.collector.cache}).
 *
 * @param pastPageTtl lifetime of a page wholly in the past
 * @param todayPageTtl lifetime of a page touching today; ISS itself sends {@code max-age=5}
 * @param pauseAfterFailure how long to go without Redis after a failed call
 */
@Validated
@ConfigurationProperties("algo.collector.cache")
record CacheProperties(
        @NotNull @DefaultValue("1d") Duration pastPageTtl,
        @NotNull @DefaultValue("5s") Duration todayPageTtl,
        @NotNull @DefaultValue("30s") Duration pauseAfterFailure) {}
