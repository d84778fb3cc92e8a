package io.algomoex.trading.adapter.out.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerMetersTest {

    @Test
    void exportsEveryBrokerSeriesTheTradingDashboardQueriesBeforeTheBrokerIsUsed() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new BrokerMeters(registry, "alor");

        String scrape = registry.scrape();

        assertThat(scrape)
                .contains("trading_broker_requests_total{broker=\"alor\",method=\"submit\",outcome=\"ok\"} 0.0")
                .contains("trading_broker_request_seconds_bucket{broker=\"alor\"")
                .contains("trading_broker_stream_connected{broker=\"alor\"} 0.0")
                .contains("trading_broker_stream_subscribed{broker=\"alor\"} 0.0")
                .contains("trading_broker_stream_reconnects_total{broker=\"alor\"} 0.0")
                .contains("trading_broker_token_refreshes_total{broker=\"alor\",outcome=\"ok\"} 0.0");
    }

    @Test
    void twoBrokersInOneRegistryKeepTheirOwnSeries() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        BrokerMeters alor = new BrokerMeters(registry, "alor");
        BrokerMeters tinvest = new BrokerMeters(registry, "tinvest");

        tinvest.request("submit", "rejected", Duration.ofMillis(3));
        tinvest.streamSubscribed(true);
        tinvest.streamConnected(true);
        alor.reconnected();

        assertThat(registry.scrape())
                .contains(
                        "trading_broker_requests_total{broker=\"tinvest\",method=\"submit\",outcome=\"rejected\"} 1.0")
                .contains("trading_broker_stream_connected{broker=\"tinvest\"} 1.0")
                .contains("trading_broker_stream_connected{broker=\"alor\"} 0.0")
                .contains("trading_broker_stream_subscribed{broker=\"tinvest\"} 1.0")
                .contains("trading_broker_stream_subscribed{broker=\"alor\"} 0.0")
                .contains("trading_broker_stream_reconnects_total{broker=\"alor\"} 1.0")
                .contains("trading_broker_stream_reconnects_total{broker=\"tinvest\"} 0.0");
    }
}
