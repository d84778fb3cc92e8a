package io.algomoex.collector.application.port;

import java.time.Duration;
import java.util.Optional;

/**
 * A cache of vendor responses keyed by their full URL. It is an optimisation only: when the cache is unreachable,
 * {@link #get} answers empty and {@link #put} does nothing, so callers fall back to the vendor.
 */
public interface PageCache {

    Optional<String> get(String url);

    void put(String url, String body, Duration timeToLive);
}
