package io.algomoex.alerting.application;

import io.algomoex.alerting.application.port.AlertMetrics;
import io.algomoex.alerting.application.port.AlertStore;
import io.algomoex.alerting.application.port.MessageRejectedException;
import io.algomoex.alerting.application.port.MessengerUnavailableException;
import io.algomoex.alerting.application.port.Notifier;
import io.algomoex.alerting.domain.ClaimedAlert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Delivers stored alerts oldest first. A retryable failure (flood control, server error, network) leaves the alert
 * pending with its next attempt scheduled and stops the round, so later alerts wait behind it and arrive in order. A
 * final refusal is per chat: that chat is recorded as refusing and skipped, the other chats still get the alert, and
 * the alert fails only when no chat took it. Each chat that received or refused an alert is recorded at once, so an
 * attempt after a failure or a restart does not send it to that chat again.
 */
@Service
public class DeliverAlerts {

    private static final Logger log = LoggerFactory.getLogger(DeliverAlerts.class);

    private final AlertStore alerts;
    private final Notifier notifier;
    private final AlertMetrics metrics;
    private final DeliverySettings settings;
    private final Clock clock;

    DeliverAlerts(AlertStore alerts, Notifier notifier, AlertMetrics metrics, DeliverySettings settings, Clock clock) {
        this.alerts = alerts;
        this.notifier = notifier;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** Delivers due alerts until none is due, one waits for a retry, or {@code keepGoing} turns false. */
    public void deliverDue(BooleanSupplier keepGoing) {
        try {
            while (keepGoing.getAsBoolean()) {
                Optional<ClaimedAlert> next = alerts.claimNextDue(clock.instant(), settings.claimLease());
                if (next.isEmpty() || !deliver(next.get())) {
                    break;
                }
            }
        } finally {
            metrics.pending(alerts.countPending());
        }
    }

    /** @return false when the alert waits for a retry and the round should stop */
    private boolean deliver(ClaimedAlert alert) {
        String text = render(alert);
        Set<Long> refused = new HashSet<>(alert.refusedBy());
        String lastRefusal = null;
        for (long chat : settings.chats()) {
            if (alert.deliveredTo().contains(chat) || refused.contains(chat)) {
                continue;
            }
            try {
                notifier.send(chat, text);
                alerts.markDeliveredTo(alert.id(), chat);
            } catch (MessengerUnavailableException e) {
                scheduleRetry(alert, e);
                return false;
            } catch (MessageRejectedException e) {
                lastRefusal = "chat " + chat + ": " + e.getMessage();
                alerts.markRefusedBy(alert.id(), chat, lastRefusal);
                refused.add(chat);
                log.error("Alert {} refused by the messenger for chat {}: {}", alert.id(), chat, e.getMessage());
            }
        }
        if (refused.containsAll(settings.chats())) {
            alerts.markFailed(alert.id(), lastRefusal == null ? "every chat refused it" : lastRefusal);
            metrics.failed();
            return true;
        }
        Instant now = clock.instant();
        alerts.markSent(alert.id(), now);
        metrics.sent(Duration.between(alert.raisedAt(), now));
        return true;
    }

    private void scheduleRetry(ClaimedAlert alert, MessengerUnavailableException failure) {
        Duration wait = failure.retryAfter().orElseGet(() -> settings.backoffAfter(alert.attempt()));
        alerts.scheduleRetry(alert.id(), clock.instant().plus(wait), failure.getMessage());
        log.warn(
                "Alert {} not delivered (attempt {}): {}; retrying in {}",
                alert.id(),
                alert.attempt(),
                failure.getMessage(),
                wait);
    }

    private String render(ClaimedAlert alert) {
        if (alert.count() == 1) {
            return alert.text();
        }
        return alert.text() + "\n\n<i>" + alert.count() + " times within " + describe(settings.aggregationWindow())
                + "</i>";
    }

    private static String describe(Duration window) {
        return window.toMillis() % 1000 == 0 ? window.toSeconds() + " s" : window.toMillis() + " ms";
    }
}
