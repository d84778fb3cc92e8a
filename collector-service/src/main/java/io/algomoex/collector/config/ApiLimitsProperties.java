package io.algomoex.collector.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What one request may cost ({@code algo.collector.api}; environment {@code ALGO_COLLECTOR_API_...}).
 *
 * @param maxCandles the most candles one {@code GET /api/v1/candles} answers; more are paged, a larger {@code limit}
 *     answers 400
 * @param maxImportSize the largest body {@code POST /api/v1/imports} reads; a larger one answers 413 and stores nothing
 */
@Validated
@ConfigurationProperties("algo.collector.api")
record ApiLimitsProperties(
        @Positive @Max(1_000_000) @DefaultValue("50000") int maxCandles,
        @NotNull @DefaultValue("32MB") DataSize maxImportSize) {}
