package io.algomoex.alerting.adapter.in.web;

import io.algomoex.alerting.application.ReceivePrometheusAlerts;
import io.algomoex.alerting.domain.PrometheusAlert;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alertmanager's webhook receiver ({@code webhook_configs}, payload version 4): the Prometheus rules' alerts become
 * alerts of the {@code prometheus} rule and go to Telegram with the others. Needs the API token like every mutating
 * endpoint; Alertmanager sends it from a credentials file.
 */
@RestController
@RequestMapping("/api/v1/alertmanager")
class AlertmanagerController {

    /** Alertmanager's zero time in {@code endsAt} of a firing alert: Go's zero {@code time.Time}. */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private final ReceivePrometheusAlerts receive;

    AlertmanagerController(ReceivePrometheusAlerts receive) {
        this.receive = receive;
    }

    @PostMapping
    AlertmanagerReceipt receive(@RequestBody AlertmanagerNotification notification) {
        if (!"4".equals(notification.version())) {
            throw new IllegalArgumentException(
                    "version must be \"4\" (Alertmanager's webhook payload), got " + notification.version());
        }
        if (notification.alerts() == null) {
            throw new IllegalArgumentException("alerts is required");
        }
        List<PrometheusAlert> alerts = notification.alerts().stream()
                .map(AlertmanagerController::toAlert)
                .toList();
        return new AlertmanagerReceipt(alerts.size(), receive.receive(alerts));
    }

    private static PrometheusAlert toAlert(AlertmanagerAlert alert) {
        boolean firing = switch (alert.status() == null ? "" : alert.status()) {
            case "firing" -> true;
            case "resolved" -> false;
            default ->
                throw new IllegalArgumentException("alerts[].status must be firing or resolved, got " + alert.status());
        };
        Instant startsAt = instant("startsAt", alert.startsAt())
                .orElseThrow(() -> new IllegalArgumentException("alerts[].startsAt is required"));
        Optional<Instant> endsAt =
                firing ? Optional.empty() : instant("endsAt", alert.endsAt()).filter(end -> !end.equals(GO_ZERO_TIME));
        return new PrometheusAlert(
                firing,
                alert.labels() == null ? Map.of() : alert.labels(),
                alert.annotations() == null ? Map.of() : alert.annotations(),
                startsAt,
                endsAt,
                alert.fingerprint());
    }

    private static Optional<Instant> instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("alerts[]." + field + " must be an RFC 3339 time, got '" + text + "'");
        }
    }

    /** The fields of Alertmanager's notification that matter here; the group's own fields are ignored. */
    record AlertmanagerNotification(String version, String status, List<AlertmanagerAlert> alerts) {}

    record AlertmanagerAlert(
            String status,
            Map<String, String> labels,
            Map<String, String> annotations,
            String startsAt,
            String endsAt,
            String fingerprint) {}

    /**
     * @param received alerts in the notification
     * @param stored alerts new to this service (the rest were told before)
     */
    record AlertmanagerReceipt(int received, int stored) {}
}
