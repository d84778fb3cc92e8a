package io.algomoex.collector.config;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * TimescaleDB policies for {@code market.candles}, applied by the migrations when the extension is installed
 * ({@code ALGO_COLLECTOR_TIMESCALE_COMPRESS_AFTER}, {@code ALGO_COLLECTOR_TIMESCALE_RETENTION}).
 *
 * @param compressAfter compress chunks older than this; zero turns compression off
 * @param retention drop chunks older than this; zero keeps everything
 * @param chunkInterval length of one hypertable chunk
 */
@Validated
@ConfigurationProperties("algo.collector.timescale")
record TimescaleProperties(
        @NotNull @DefaultValue("30d") Duration compressAfter,
        @NotNull @DefaultValue("0d") Duration retention,
        @NotNull @DefaultValue("30d") Duration chunkInterval) {

    TimescaleProperties {
        if (compressAfter.isNegative()
                || retention.isNegative()
                || chunkInterval.isNegative()
                || chunkInterval.isZero()) {
            throw new IllegalArgumentException("TimescaleDB durations must be positive (zero turns a policy off)");
        }
    }
}
