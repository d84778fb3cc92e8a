package io.algomoex.trading.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Paging of {@code GET /api/v1/orders} ({@code algo.trading.orders-api.*}; environment
 * {@code ALGO_TRADING_ORDERS_API_...}).
 *
 * @param defaultLimit orders per page when the request names no {@code limit}
 * @param maxLimit the largest {@code limit} accepted; a larger one answers 400
 */
@Validated
@ConfigurationProperties("algo.trading.orders-api")
record OrdersApiProperties(
        @Positive @DefaultValue("100") int defaultLimit,
        @Positive @Max(100_000) @DefaultValue("1000") int maxLimit) {}
