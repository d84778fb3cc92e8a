package io.algomoex.collector.adapter.out.finam;

import io.algomoex.collector.application.RetrySettings;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the Finam export client behaves; built by {@code config} from {@code algo.collector.finam}.
 *
 * @param baseUrl export host, for example {@code http://export.finam.ru}
 * @param userAgent sent with every request; Finam rejects non-browser agents
 * @param referer sent with every request
 * @param pause time between two requests (Finam serves one request at a time)
 * @param intradayChunkDays longest range per request for intraday timeframes
 * @param dailyChunkDays longest range per request for daily and longer timeframes
 * @param busyRetries how often a "busy" answer is retried
 * @param market Finam market id of the configured instruments (1 = MOEX shares)
 * @param instruments Finam {@code em} id per ticker
 * @param timeout read timeout of one export
 * @param retry how 5xx, 429, resets and timeouts are retried (deadline and back-off)
 */
public record FinamSettings(
        String baseUrl,
        String userAgent,
        String referer,
        Duration pause,
        int intradayChunkDays,
        int dailyChunkDays,
        int busyRetries,
        int market,
        Map<String, Integer> instruments,
        Duration timeout,
        RetrySettings retry) {

    public FinamSettings {
        Objects.requireNonNull(baseUrl, "baseUrl is required");
        Objects.requireNonNull(userAgent, "userAgent is required");
        Objects.requireNonNull(referer, "referer is required");
        Objects.requireNonNull(pause, "pause is required");
        Objects.requireNonNull(timeout, "timeout is required");
        Objects.requireNonNull(retry, "retry is required");
        if (intradayChunkDays < 1 || dailyChunkDays < 1 || busyRetries < 0) {
            throw new IllegalArgumentException("chunk lengths must be positive and retries not negative");
        }
        instruments = Map.copyOf(instruments);
    }
}
