package io.algomoex.collector.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Finam export client ({@code algo.collector.finam}); best-effort, see protocol notes §3.
 *
 * @param baseUrl export host
 * @param userAgent browser User-Agent (Finam rejected urllib's default in 2018)
 * @param referer Referer header
 * @param pause time between two requests; finam-export waits 1 s
 * @param intradayChunkDays range per request for intraday candles; 120 days is the safe size seen in the wild
 * @param dailyChunkDays range per request for daily and longer candles
 * @param busyRetries retries of a "busy" answer
 * @param market Finam market id of the configured tickers (1 = MOEX shares)
 * @param instruments ticker to Finam {@code em} id, from Finam's icharts.js (SBER 3, GAZP 16842, LKOH 8)
 * @param timeout time limit of one export
 * @param retryDeadline how long one export may keep failing (5xx, 429, reset, timeout), from its first failure,
 *     before the job fails
 * @param backoffBase first retry delay, doubled per retry, with jitter
 * @param backoffMax longest retry delay
 */
@Validated
@ConfigurationProperties("algo.collector.finam")
record FinamProperties(
        @NotBlank @DefaultValue("http://export.finam.ru") String baseUrl,

        @NotBlank
        @DefaultValue(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36")
        String userAgent,

        @NotBlank @DefaultValue("https://www.finam.ru/") String referer,
        @NotNull @DefaultValue("1s") Duration pause,
        @Min(1) @DefaultValue("120") int intradayChunkDays,
        @Min(1) @DefaultValue("1825") int dailyChunkDays,
        @Min(0) @DefaultValue("10") int busyRetries,
        @Min(1) @DefaultValue("1") int market,
        Map<String, Integer> instruments,
        @NotNull @DefaultValue("60s") Duration timeout,
        @NotNull @DefaultValue("3m") Duration retryDeadline,
        @NotNull @DefaultValue("2s") Duration backoffBase,
        @NotNull @DefaultValue("30s") Duration backoffMax) {

    FinamProperties {
        instruments = instruments == null || instruments.isEmpty()
                ? Map.of("SBER", 3, "SBERP", 23, "GAZP", 16842, "LKOH", 8)
                : Map.copyOf(instruments);
    }
}
