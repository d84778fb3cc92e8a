package io.algomoex.collector.config;

import java.util.Map;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FlywayConfiguration {

    /** Hands the TimescaleDB policy settings to the migrations as placeholders. */
    @Bean
    FlywayConfigurationCustomizer timescalePlaceholders(TimescaleProperties timescale) {
        return configuration -> configuration.placeholders(Map.of(
                "compressAfterSeconds", Long.toString(timescale.compressAfter().toSeconds()),
                "retentionSeconds", Long.toString(timescale.retention().toSeconds()),
                "chunkIntervalSeconds", Long.toString(timescale.chunkInterval().toSeconds())));
    }
}
