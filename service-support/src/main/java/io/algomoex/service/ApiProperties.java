package io.algomoex.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The REST API.
 *
 * @param token bearer token of mutating endpoints, bound from {@code ALGO_API_TOKEN}; blank: they answer 403
 */
@ConfigurationProperties("algo.api")
public record ApiProperties(String token) {

    @Override
    public String toString() {
        return "ApiProperties[token=" + (token == null || token.isBlank() ? "none" : "***") + "]";
    }
}
