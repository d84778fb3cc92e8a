package io.algomoex.trading.adapter.out.broker.alor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The broker figures every gateway reports, tagged {@code broker=alor}: {@code trading_broker_requests_total{method,
 * outcome}}, the {@code trading_broker_request_seconds} histogram, {@code trading_broker_stream_connected} (0/1),
 * {@code trading_broker_stream_reconnects_total} and {@code trading_broker_token_refreshes_total{outcome}}.
 */
public final class AlorMeters {

    static final String BROKER = "alor";

    private final MeterRegistry registry;
    private final AtomicInteger connected = new AtomicInteger();
    private final Counter reconnects;

    /**
     * Registers the stream gauge and zero counts at once, so the dashboard's queries find the series before Alor is
     * first used (and in paper mode, where it is not used: connected 0 is then the truth).
     */
    public AlorMeters(MeterRegistry registry) {
        this.registry = registry;
        requests("submit", "ok");
        latency("submit");
        refreshes("ok");
        Gauge.builder("trading.broker.stream.connected", connected, AtomicInteger::get)
                .description("1 while the broker's market-data stream is connected")
                .tag("broker", BROKER)
                .register(registry);
        this.reconnects = Counter.builder("trading.broker.stream.reconnects")
                .description("Times the broker's market-data stream was connected again after a drop")
                .tag("broker", BROKER)
                .register(registry);
    }

    /** @param outcome {@code ok}, {@code rejected}, {@code not-found}, {@code retryable}, {@code rate-limited} ... */
    void request(String method, String outcome, Duration took) {
        requests(method, outcome).increment();
        latency(method).record(took);
    }

    void tokenRefreshed(String outcome) {
        refreshes(outcome).increment();
    }

    private Counter requests(String method, String outcome) {
        return Counter.builder("trading.broker.requests")
                .description("Calls to the broker by method and outcome")
                .tags("broker", BROKER, "method", method, "outcome", outcome)
                .register(registry);
    }

    private Timer latency(String method) {
        return Timer.builder("trading.broker.request")
                .description("Latency of calls to the broker")
                .tags("broker", BROKER, "method", method)
                .publishPercentileHistogram()
                .register(registry);
    }

    private Counter refreshes(String outcome) {
        return Counter.builder("trading.broker.token.refreshes")
                .description("Access-token refreshes by outcome")
                .tags("broker", BROKER, "outcome", outcome)
                .register(registry);
    }

    void streamConnected(boolean up) {
        connected.set(up ? 1 : 0);
    }

    void invalidBar() {
        Counter.builder("trading.broker.stream.invalid.bars")
                .description("Bars from the broker's stream dropped because they are not valid candles")
                .tag("broker", BROKER)
                .register(registry)
                .increment();
    }

    void reconnected() {
        reconnects.increment();
    }
}
