package io.algomoex.alerting.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert of a Prometheus rule as Alertmanager reports it: firing, or resolved once its expression stopped matching.
 *
 * @param firing true while the rule's expression matches, false once it is resolved
 * @param labels the alert's labels; {@code alertname} names the rule and is required
 * @param annotations the rule's annotations ({@code summary}, {@code description}), templated by Prometheus
 * @param startsAt when the alert started firing (UTC)
 * @param endsAt when it was resolved, or empty while it fires (Alertmanager sends {@code 0001-01-01T00:00:00Z})
 * @param fingerprint Alertmanager's identity of the label set: the same alert has the same fingerprint each time
 */
public record PrometheusAlert(
        boolean firing,
        Map<String, String> labels,
        Map<String, String> annotations,
        Instant startsAt,
        Optional<Instant> endsAt,
        String fingerprint) {

    public PrometheusAlert {
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        Objects.requireNonNull(startsAt, "startsAt is required");
        Objects.requireNonNull(endsAt, "endsAt is required");
        if (labels.getOrDefault("alertname", "").isBlank()) {
            throw new IllegalArgumentException("labels.alertname is required");
        }
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("fingerprint is required");
        }
    }

    public String name() {
        return labels.get("alertname");
    }

    /**
     * What makes one notification of this alert the same as another: Alertmanager repeats a group's alerts on every
     * group change and repeat interval, and each firing episode (its {@code startsAt}) is told once when it fires and
     * once when it is resolved.
     */
    public String identity() {
        return fingerprint + "|" + startsAt + "|" + (firing ? "firing" : "resolved");
    }
}
