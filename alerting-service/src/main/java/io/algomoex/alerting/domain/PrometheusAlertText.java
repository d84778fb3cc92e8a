package io.algomoex.alerting.domain;

import static io.algomoex.alerting.domain.Html.bold;
import static io.algomoex.alerting.domain.Html.code;
import static io.algomoex.alerting.domain.Html.escape;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns a Prometheus alert into an alert draft of the {@link AlertRule#PROMETHEUS} rule. Pure. */
public final class PrometheusAlertText {

    /** Labels the message shows already; the others say which series fired. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("alertname", "severity");

    private PrometheusAlertText() {}

    /**
     * The draft for one alert. Each firing episode (its start) and its resolution get keys of their own, so neither a
     * resolution nor the next episode that comes inside the aggregation window overwrites a message before it was
     * sent; Alertmanager's repeats of the same episode are dropped before, by {@link PrometheusAlert#identity()}.
     */
    public static AlertDraft draft(PrometheusAlert alert) {
        String state = alert.firing() ? "firing" : "resolved";
        String key = "prometheus:" + alert.name() + ":" + alert.fingerprint() + ":"
                + alert.startsAt().getEpochSecond() + ":" + state;
        return new AlertDraft(AlertRule.PROMETHEUS, key, alert.firing() ? firing(alert) : resolved(alert));
    }

    private static String firing(PrometheusAlert alert) {
        String severity = alert.labels().getOrDefault("severity", "");
        StringBuilder text = new StringBuilder(bold("FIRING")).append(' ').append(code(alert.name()));
        if (!severity.isBlank()) {
            text.append(" (").append(escape(severity)).append(')');
        }
        appendDetails(text, alert);
        text.append("\nsince ").append(escape(alert.startsAt().toString()));
        return text.toString();
    }

    private static String resolved(PrometheusAlert alert) {
        StringBuilder text = new StringBuilder(bold("RESOLVED")).append(' ').append(code(alert.name()));
        appendDetails(text, alert);
        alert.endsAt()
                .ifPresent(end -> text.append("\nafter ")
                        .append(Duration.between(alert.startsAt(), end).toMinutes())
                        .append(" min (")
                        .append(escape(alert.startsAt().toString()))
                        .append(" to ")
                        .append(escape(end.toString()))
                        .append(')'));
        return text.toString();
    }

    private static void appendDetails(StringBuilder text, PrometheusAlert alert) {
        String summary = alert.annotations().getOrDefault("summary", "");
        if (!summary.isBlank()) {
            text.append('\n').append(escape(summary));
        }
        String description = alert.annotations().getOrDefault("description", "");
        if (!description.isBlank()) {
            text.append('\n').append(escape(description));
        }
        Map<String, String> series = new TreeMap<>(alert.labels());
        series.keySet().removeAll(SHOWN_ELSEWHERE);
        if (!series.isEmpty()) {
            text.append('\n')
                    .append(code(series.entrySet().stream()
                            .map(label -> label.getKey() + "=" + label.getValue())
                            .collect(Collectors.joining(" "))));
        }
    }
}
