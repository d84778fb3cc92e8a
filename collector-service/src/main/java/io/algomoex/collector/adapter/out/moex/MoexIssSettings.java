package io.algomoex.collector.adapter.out.moex;

import java.time.Duration;
import java.util.Objects;

/**
 * How the ISS client behaves; built by {@code config} from {@code algo.collector.moex-iss} and
 * {@code algo.collector.cache}.
 *
 * @param baseUrl scheme and host, for example {@code https://iss.moex.com}
 * @param requestsPerSecond global request rate shared by every job (ISS publishes no limit; 10 is the ceiling)
 * @param maxInFlight requests in flight at once, shared by every job
 * @param maxAttempts attempts per request on 5xx and I/O errors, the first included
 * @param backoffBase delay before the first retry; doubled for each further one, with jitter
 * @param backoffMax longest delay between retries
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
        int maxAttempts,
        Duration backoffBase,
        Duration backoffMax,
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
        if (maxInFlight < 1 || maxAttempts < 1 || maxPages < 1) {
            throw new IllegalArgumentException("maxInFlight, maxAttempts and maxPages must be positive");
        }
        Objects.requireNonNull(backoffBase, "backoffBase is required");
        Objects.requireNonNull(backoffMax, "backoffMax is required");
        Objects.requireNonNull(connectTimeout, "connectTimeout is required");
        Objects.requireNonNull(readTimeout, "readTimeout is required");
        Objects.requireNonNull(pastPageTtl, "pastPageTtl is required");
        Objects.requireNonNull(todayPageTtl, "todayPageTtl is required");
        Objects.requireNonNull(dataDelay, "dataDelay is required");
    }
}
