package io.algomoex.alerting.application.port;

import io.algomoex.alerting.domain.AlertRule;
import java.time.Duration;

/** Counters and timings of the alert pipeline. */
public interface AlertMetrics {

    void raised(AlertRule rule);

    void sent(Duration sinceRaised);

    void failed();

    void pending(long count);

    /** An update from a chat that is not allowed to use the bot. */
    void foreignUpdateIgnored();
}
