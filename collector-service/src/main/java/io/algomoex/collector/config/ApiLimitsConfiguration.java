package io.algomoex.collector.config;

import io.algomoex.collector.adapter.in.web.ImportLimits;
import io.algomoex.collector.application.CandleReadSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maps the request limits into the settings the candle read and the import endpoint take. */
@Configuration(proxyBeanMethods = false)
class ApiLimitsConfiguration {

    @Bean
    CandleReadSettings candleReadSettings(ApiLimitsProperties properties) {
        return new CandleReadSettings(properties.maxCandles());
    }

    @Bean
    ImportLimits importLimits(ApiLimitsProperties properties) {
        return new ImportLimits(properties.maxImportSize().toBytes());
    }
}
