package io.algomoex.collector.config;

import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The watchlist ({@code algo.collector.watchlist=SBER:TQBR:1h,GAZP:TQBR:1d}) and how far back a new series starts
 * ({@code algo.collector.initial-sync-days}). The sync interval is {@code algo.collector.sync-interval} (ISO-8601).
 *
 * @param watchlist series written {@code SECID:BOARD:TIMEFRAME}
 * @param initialSyncDays days back for a series with nothing stored
 */
@Validated
@ConfigurationProperties("algo.collector")
record WatchlistProperties(
        @DefaultValue List<String> watchlist,
        @Min(1) @DefaultValue("30") int initialSyncDays) {}
