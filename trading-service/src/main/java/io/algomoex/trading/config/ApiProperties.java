package io.algomoex.trading.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The REST API.
 *
 * @param token bearer token of mutating endpoints (halt, resume), bound from {@code ALGO_API_TOKEN}; blank: they
 *     answer 403
 */
@ConfigurationProperties("algo.api")
record ApiProperties(String token) {

    @Override
    public String toString() {
        return "ApiProperties[token=" + (token == null || token.isBlank() ? "none" : "***") + "]";
    }
}
