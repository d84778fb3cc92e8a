package io.algomoex.alerting.application;

import io.algomoex.alerting.domain.AlertDraft;
import io.algomoex.alerting.domain.AlertRule;
import io.algomoex.alerting.domain.Html;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Raises a test alert that goes the same way as every other: stored, then delivered by the delivery loop. */
@Service
public class SendTestAlert {

    private final RaiseAlert raiseAlert;
    private final Clock clock;

    SendTestAlert(RaiseAlert raiseAlert, Clock clock) {
        this.raiseAlert = raiseAlert;
        this.clock = clock;
    }

    /** @return the stored alert's id */
    public long send(String note) {
        String text = Html.bold("Test alert") + " from alerting-service at "
                + Html.escape(clock.instant().toString())
                + (note == null || note.isBlank() ? "" : "\n" + Html.escape(note));
        // A fresh key per test alert: two tests in a row are two messages, not one aggregate.
        AlertDraft draft = new AlertDraft(AlertRule.TEST, "test:" + UUID.randomUUID(), text);
        return raiseAlert.raise(draft, Optional.empty()).orElseThrow();
    }
}
