package io.algomoex.alerting.application.port;

import io.algomoex.alerting.domain.Alert;
import io.algomoex.alerting.domain.DeliveryStatus;
import io.algomoex.alerting.domain.Page;
import java.util.Optional;

/** Where alerts and their delivery state are kept (the {@code alerting.alerts} table). */
public interface AlertStore {

    /** Alerts newest first, only those in {@code status} when it is present. */
    Page<Alert> list(Optional<DeliveryStatus> status, int page, int size);
}
