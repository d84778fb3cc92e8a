package io.algomoex.alerting.application.port;

import io.algomoex.alerting.domain.Alert;
import io.algomoex.alerting.domain.AlertDraft;
import io.algomoex.alerting.domain.ClaimedAlert;
import io.algomoex.alerting.domain.DeliveryStatus;
import io.algomoex.alerting.domain.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Where alerts and their delivery state are kept (the {@code alerting.alerts} table). */
public interface AlertStore {

    /** Alerts newest first, only those in {@code status} when it is present. */
    Page<Alert> list(Optional<DeliveryStatus> status, int page, int size);

    /**
     * Stores a draft raised at {@code now}. When an alert with the same key was raised less than {@code window} ago
     * and its delivery has not started yet, the draft is folded into it (its count grows, its text becomes the
     * draft's). Otherwise a new pending alert is stored; if an alert of the same key already went out inside the
     * window, the new one is held back until that window ends, so one key yields at most one message per window.
     *
     * @return the id of the alert the draft ended up in
     */
    long raise(AlertDraft draft, Instant now, Duration window);

    /**
     * Takes the oldest pending alert that is due at {@code now} for a delivery attempt and counts the attempt. Alerts
     * are taken strictly in order: when the oldest one waits for a retry, nothing is taken, so a later alert never
     * overtakes an earlier one. The alert is not due again before {@code now + lease} unless the attempt ends first
     * (sent, failed or rescheduled), so a second replica never sends it at the same time.
     */
    Optional<ClaimedAlert> claimNextDue(Instant now, Duration lease);

    /** Records that {@code chatId} received the alert, so a later attempt skips that chat. */
    void markDeliveredTo(long alertId, long chatId);

    /** Records that {@code chatId} refused the alert for good, with the reason, so a later attempt skips that chat. */
    void markRefusedBy(long alertId, long chatId, String error);

    /** Marks the alert sent; the error of a chat that refused it is kept. */
    void markSent(long alertId, Instant sentAt);

    /** Leaves the alert pending and not due before {@code nextAttemptAt}. */
    void scheduleRetry(long alertId, Instant nextAttemptAt, String error);

    void markFailed(long alertId, String error);

    long countPending();
}
