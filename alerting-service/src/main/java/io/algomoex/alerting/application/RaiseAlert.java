package io.algomoex.alerting.application;

import io.algomoex.alerting.application.port.AlertMetrics;
import io.algomoex.alerting.application.port.AlertStore;
import io.algomoex.alerting.application.port.ProcessedEventStore;
import io.algomoex.alerting.domain.AlertDraft;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an alert, aggregated by key, before anything is sent. The event id is recorded in the same transaction, so a
 * redelivered event raises nothing and an event whose alert was not stored is not marked as processed.
 */
@Service
public class RaiseAlert {

    private static final Logger log = LoggerFactory.getLogger(RaiseAlert.class);

    private final AlertStore alerts;
    private final ProcessedEventStore processedEvents;
    private final AlertMetrics metrics;
    private final DeliverySettings settings;
    private final Clock clock;

    RaiseAlert(
            AlertStore alerts,
            ProcessedEventStore processedEvents,
            AlertMetrics metrics,
            DeliverySettings settings,
            Clock clock) {
        this.alerts = alerts;
        this.processedEvents = processedEvents;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return the id of the stored alert, or empty when the event was already processed */
    @Transactional
    public Optional<Long> raise(AlertDraft draft, Optional<UUID> eventId) {
        Instant now = clock.instant();
        if (eventId.isPresent() && !processedEvents.markProcessed(eventId.get(), now)) {
            log.debug("Event {} was already processed; raising nothing", eventId.get());
            return Optional.empty();
        }
        long id = alerts.raise(draft, now, settings.aggregationWindow());
        metrics.raised(draft.rule());
        log.info("Alert {} raised by rule {} (key {}): {}", id, draft.rule().code(), draft.key(), draft.text());
        return Optional.of(id);
    }
}
