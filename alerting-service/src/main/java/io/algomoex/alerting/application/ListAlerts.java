package io.algomoex.alerting.application;

import io.algomoex.alerting.application.port.AlertStore;
import io.algomoex.alerting.domain.Alert;
import io.algomoex.alerting.domain.DeliveryStatus;
import io.algomoex.alerting.domain.Page;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Lists stored alerts, newest first. */
@Service
public class ListAlerts {

    static final int MAX_PAGE_SIZE = 200;

    private final AlertStore alerts;

    ListAlerts(AlertStore alerts) {
        this.alerts = alerts;
    }

    public Page<Alert> list(Optional<DeliveryStatus> status, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        return alerts.list(status, page, size);
    }
}
