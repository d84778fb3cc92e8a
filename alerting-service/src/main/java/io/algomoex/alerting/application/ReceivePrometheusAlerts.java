package io.algomoex.alerting.application;

import io.algomoex.alerting.domain.PrometheusAlert;
import io.algomoex.alerting.domain.PrometheusAlertText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the alerts of one Alertmanager notification as alerts of the {@code prometheus} rule, delivered like every
 * other alert. Alertmanager repeats the alerts of a group in every notification; each firing episode of an alert
 * (fingerprint and start) is stored once firing and once resolved, recorded as a processed id of its own.
 */
@Service
public class ReceivePrometheusAlerts {

    private final RaiseAlert raiseAlert;

    ReceivePrometheusAlerts(RaiseAlert raiseAlert) {
        this.raiseAlert = raiseAlert;
    }

    /**
     * All or nothing: when storing fails, nothing of the notification is kept, Alertmanager gets an error and sends it
     * again.
     *
     * @return how many of the alerts were new
     */
    @Transactional
    public int receive(List<PrometheusAlert> alerts) {
        int stored = 0;
        for (PrometheusAlert alert : alerts) {
            UUID id = UUID.nameUUIDFromBytes(("alertmanager|" + alert.identity()).getBytes(StandardCharsets.UTF_8));
            if (raiseAlert
                    .raise(PrometheusAlertText.draft(alert), Optional.of(id))
                    .isPresent()) {
                stored++;
            }
        }
        return stored;
    }
}
