package io.algomoex.collector.config;

import io.algomoex.collector.adapter.in.web.ImportLimits;
import io.algomoex.collector.application.CandleReadSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maps the request limits into the settings the candle read and the import endpoint take. */
@Configuration(proxyBeanMethods = false)
class ApiLimitsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiLimitsConfiguration.class);

    @Bean
    CandleReadSettings candleReadSettings(ApiLimitsProperties properties) {
        return new CandleReadSettings(properties.maxCandles());
    }

    @Bean
    ImportLimits importLimits(ApiLimitsProperties properties) {
        ImportLimits limits = ImportLimits.fitting(
                properties.maxImportSize().toBytes(), Runtime.getRuntime().maxMemory());
        if (limits.loweredByHeap()) {
            log.warn(
                    "CSV imports take files of up to {} KB, not the {} KB of algo.collector.api.max-import-size: parsing"
                            + " a file needs about {} bytes of heap per byte, and this JVM has {} MB of heap. Give the"
                            + " service more memory (SERVICE_MEMORY_LIMIT in compose) to import larger files.",
                    limits.maxBytes() >> 10,
                    limits.configuredBytes() >> 10,
                    ImportLimits.HEAP_PER_BYTE,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        return limits;
    }
}
