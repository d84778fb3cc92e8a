package io.algomoex.alerting.adapter.in.schedule;

import io.algomoex.alerting.application.DeliverAlerts;
import java.time.Duration;

/** Delivers pending alerts, checking for due ones every poll interval. */
public class DeliveryLoop extends BackgroundLoop {

    private final DeliverAlerts deliverAlerts;
    private final Duration pollInterval;
    private final boolean enabled;

    /**
     * @param enabled false when no messenger is configured; alerts are then only stored and logged
     */
    public DeliveryLoop(DeliverAlerts deliverAlerts, Duration pollInterval, Duration stopTimeout, boolean enabled) {
        super("alert-delivery", stopTimeout, false);
        this.deliverAlerts = deliverAlerts;
        this.pollInterval = pollInterval;
        this.enabled = enabled;
    }

    @Override
    Duration round() {
        deliverAlerts.deliverDue(() -> !isStopping());
        return pollInterval;
    }

    @Override
    boolean enabled() {
        return enabled;
    }
}
