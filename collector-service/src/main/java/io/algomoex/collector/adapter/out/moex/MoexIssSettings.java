package io.algomoex.collector.adapter.out.moex;

import io.algomoex.collector.application.RetrySettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How the ISS client behaves; built by {@code config} from {@code algo.collector.moex-iss} and
 * {@code algo.collector.cache}.
 *
 * @param baseUrl scheme and host, for example {@code https://iss.moex.com}
 * @param requestsPerSecond global request rate shared by every job (ISS publishes no limit; 10 is the ceiling)
 * @param maxInFlight requests in flight at once, shared by every job
 * @param retry how 5xx, 429, resets and timeouts are retried (deadline and back-off)
 * @param connectTimeout TCP connect timeout
 * @param readTimeout read timeout of one response
 * @param maxPages safety cap on pages for one window
 * @param pastPageTtl cache lifetime of a page wholly in the past
 * @param todayPageTtl cache lifetime of a page touching today (ISS sends {@code max-age=5})
 * @param dataDelay how far public ISS data lags real time (about 15 minutes); a candle whose end is less than this
 *     ago may still grow and is stored provisional
 */
public record MoexIssSettings(
        String baseUrl,
        int requestsPerSecond,
        int maxInFlight,
        RetrySettings retry,
        Duration connectTimeout,
        Duration readTimeout,
        int maxPages,
        Duration pastPageTtl,
        Duration todayPageTtl,
        Duration dataDelay) {

    public MoexIssSettings {
        Objects.requireNonNull(baseUrl, "baseUrl is required");
        if (requestsPerSecond < 1 || requestsPerSecond > 10) {
            throw new IllegalArgumentException("requestsPerSecond must be 1..10, got " + requestsPerSecond);
        }
        if (maxInFlight < 1 || maxPages < 1) {
            throw new IllegalArgumentException("maxInFlight and maxPages must be positive");
        }
        Objects.requireNonNull(retry, "retry is required");
        Objects.requireNonNull(connectTimeout, "connectTimeout is required");
        Objects.requireNonNull(readTimeout, "readTimeout is required");
        Objects.requireNonNull(pastPageTtl, "pastPageTtl is required");
        Objects.requireNonNull(todayPageTtl, "todayPageTtl is required");
        Objects.requireNonNull(dataDelay, "dataDelay is required");
    }
}
