package io.algomoex.collector.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API token mutating endpoints require ({@code algo.api.token}, from the environment variable
 * {@code ALGO_API_TOKEN}). Without one, mutating endpoints refuse every request.
 *
 * @param token the bearer token, or {@code null}/blank when not configured
 */
@ConfigurationProperties("algo.api")
record ApiProperties(String token) {

    @Override
    public String toString() {
        return "ApiProperties[token=" + (token == null || token.isBlank() ? "unset" : "set") + "]";
    }
}
