package io.algomoex.trading.adapter.out.broker.alor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class AlorMetersTest {

    @Test
    void exportsEveryBrokerSeriesTheTradingDashboardQueriesBeforeAlorIsUsed() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new AlorMeters(registry);

        String scrape = registry.scrape();

        assertThat(scrape)
                .contains("trading_broker_requests_total{broker=\"alor\",method=\"submit\",outcome=\"ok\"} 0.0")
                .contains("trading_broker_request_seconds_bucket{broker=\"alor\"")
                .contains("trading_broker_stream_connected{broker=\"alor\"} 0.0")
                .contains("trading_broker_stream_reconnects_total{broker=\"alor\"} 0.0")
                .contains("trading_broker_token_refreshes_total{broker=\"alor\",outcome=\"ok\"} 0.0");
    }
}
