package io.algomoex.alerting.adapter.out.metrics;

import io.algomoex.alerting.application.port.AlertMetrics;
import io.algomoex.alerting.domain.AlertRule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The alert pipeline's meters; Prometheus names get the usual {@code _total} and {@code _seconds} suffixes. */
@Component
class MicrometerAlertMetrics implements AlertMetrics {

    private final MeterRegistry meters;
    private final Counter sent;
    private final Counter failed;
    private final Counter foreignUpdates;
    private final Timer latency;
    private final AtomicLong pending = new AtomicLong();

    MicrometerAlertMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.sent = Counter.builder("alerting.alerts.sent")
                .description("Alerts delivered to every chat")
                .register(meters);
        this.failed = Counter.builder("alerting.alerts.failed")
                .description("Alerts the messenger refused for good")
                .register(meters);
        this.foreignUpdates = Counter.builder("alerting.bot.updates.ignored")
                .description("Bot updates from chats that are not allowed")
                .register(meters);
        this.latency = Timer.builder("alerting.delivery.latency")
                .description("Time from raising an alert to its delivery")
                .publishPercentileHistogram()
                .register(meters);
        Gauge.builder("alerting.alerts.pending", pending, AtomicLong::get)
                .description("Alerts stored and not yet delivered")
                .register(meters);
        // Every rule's series exists from the start, so rate() in Grafana sees zeros rather than gaps.
        for (AlertRule rule : AlertRule.values()) {
            raisedCounter(rule);
        }
    }

    @Override
    public void raised(AlertRule rule) {
        raisedCounter(rule).increment();
    }

    private Counter raisedCounter(AlertRule rule) {
        return Counter.builder("alerting.alerts.raised")
                .description("Alerts raised, before aggregation into messages")
                .tag("rule", rule.code())
                .register(meters);
    }

    @Override
    public void sent(Duration sinceRaised) {
        sent.increment();
        latency.record(sinceRaised);
    }

    @Override
    public void failed() {
        failed.increment();
    }

    @Override
    public void pending(long count) {
        pending.set(count);
    }

    @Override
    public void foreignUpdateIgnored() {
        foreignUpdates.increment();
    }
}
