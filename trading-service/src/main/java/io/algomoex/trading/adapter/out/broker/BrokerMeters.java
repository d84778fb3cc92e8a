package io.algomoex.trading.adapter.out.broker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The figures every real broker gateway reports, tagged with the broker's name ({@code broker=alor},
 * {@code broker=tinvest}): {@code trading_broker_requests_total{method, outcome}}, the
 * {@code trading_broker_request_seconds} histogram, {@code trading_broker_stream_connected} (0/1),
 * {@code trading_broker_stream_subscribed} (0/1: the stream has series to deliver, so a disconnected stream matters),
 * {@code trading_broker_stream_reconnects_total}, {@code trading_broker_stream_invalid_bars_total} and
 * {@code trading_broker_token_refreshes_total{outcome}}. Register one instance per broker and registry: a gauge
 * registered twice keeps its first source.
 */
public final class BrokerMeters {

    private final MeterRegistry registry;
    private final String broker;
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger subscribed = new AtomicInteger();
    private final Counter reconnects;

    /**
     * Registers the stream gauge and zero counts at once, so the dashboard's queries find the series before the broker
     * is first used (and in paper mode, where it is not used: connected 0 is then the truth).
     *
     * @param broker the broker's name as strategies give it, for example {@code alor}
     */
    public BrokerMeters(MeterRegistry registry, String broker) {
        this.registry = Objects.requireNonNull(registry, "registry is required");
        this.broker = Objects.requireNonNull(broker, "broker is required");
        requests("submit", "ok");
        latency("submit");
        refreshes("ok");
        Gauge.builder("trading.broker.stream.connected", connected, AtomicInteger::get)
                .description("1 while the broker's market-data stream is connected")
                .tag("broker", broker)
                .register(registry);
        // Connected 0 alone is also the truth of a broker nobody trades through (paper mode, or the other broker in
        // sandbox): the BrokerStreamDisconnected rule needs this gauge to tell an idle stream from a broken one.
        Gauge.builder("trading.broker.stream.subscribed", subscribed, AtomicInteger::get)
                .description("1 while the broker's market-data stream has series subscribed, so it should be connected")
                .tag("broker", broker)
                .register(registry);
        this.reconnects = Counter.builder("trading.broker.stream.reconnects")
                .description("Times the broker's market-data stream was connected again after a drop")
                .tag("broker", broker)
                .register(registry);
    }

    /** The broker these figures are tagged with. */
    public String broker() {
        return broker;
    }

    /** @param outcome {@code ok}, {@code rejected}, {@code not-found}, {@code retryable}, {@code rate-limited} ... */
    public void request(String method, String outcome, Duration took) {
        requests(method, outcome).increment();
        latency(method).record(took);
    }

    /** @param outcome {@code ok}, {@code refused} or {@code failed} */
    public void tokenRefreshed(String outcome) {
        refreshes(outcome).increment();
    }

    public void streamConnected(boolean up) {
        connected.set(up ? 1 : 0);
    }

    /** @param wanted whether the stream has series to deliver (from the first subscription until it closes for good) */
    public void streamSubscribed(boolean wanted) {
        subscribed.set(wanted ? 1 : 0);
    }

    /** A bar from the stream was dropped because it is not a valid candle. */
    public void invalidBar() {
        Counter.builder("trading.broker.stream.invalid.bars")
                .description("Bars from the broker's stream dropped because they are not valid candles")
                .tag("broker", broker)
                .register(registry)
                .increment();
    }

    public void reconnected() {
        reconnects.increment();
    }

    private Counter requests(String method, String outcome) {
        return Counter.builder("trading.broker.requests")
                .description("Calls to the broker by method and outcome")
                .tags("broker", broker, "method", method, "outcome", outcome)
                .register(registry);
    }

    private Timer latency(String method) {
        return Timer.builder("trading.broker.request")
                .description("Latency of calls to the broker")
                .tags("broker", broker, "method", method)
                .publishPercentileHistogram()
                .register(registry);
    }

    private Counter refreshes(String outcome) {
        return Counter.builder("trading.broker.token.refreshes")
                .description("Access-token refreshes by outcome")
                .tags("broker", broker, "outcome", outcome)
                .register(registry);
    }
}
