package io.algomoex.alerting.adapter.in.web;

import io.algomoex.alerting.application.ListAlerts;
import io.algomoex.alerting.application.SendTestAlert;
import io.algomoex.alerting.domain.Alert;
import io.algomoex.alerting.domain.DeliveryStatus;
import io.algomoex.alerting.domain.Page;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final ListAlerts listAlerts;
    private final SendTestAlert sendTestAlert;

    AlertController(ListAlerts listAlerts, SendTestAlert sendTestAlert) {
        this.listAlerts = listAlerts;
        this.sendTestAlert = sendTestAlert;
    }

    /** Stores a test alert; the delivery loop sends it like any other. Needs the API token. */
    @PostMapping("/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    TestAlertResponse test(@RequestBody(required = false) TestAlertRequest request) {
        long id = sendTestAlert.send(request == null ? null : request.note());
        return new TestAlertResponse(id, "PENDING");
    }

    record TestAlertRequest(String note) {
        TestAlertRequest {
            if (note != null && note.length() > 1000) {
                throw new IllegalArgumentException("note must be at most 1000 characters");
            }
        }
    }

    record TestAlertResponse(long id, String status) {}

    @GetMapping
    AlertPageResponse list(
            @RequestParam Optional<String> status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page<Alert> alerts = listAlerts.list(status.map(DeliveryStatus::parse), page, size);
        return new AlertPageResponse(
                alerts.items().stream().map(AlertResponse::of).toList(), alerts.page(), alerts.size(), alerts.total());
    }

    record AlertPageResponse(List<AlertResponse> items, int page, int size, long total) {}

    record AlertResponse(
            long id,
            String rule,
            String key,
            String text,
            int count,
            String status,
            int attempts,
            Instant raisedAt,
            Instant sentAt,
            String lastError) {

        static AlertResponse of(Alert alert) {
            return new AlertResponse(
                    alert.id(),
                    alert.rule(),
                    alert.key(),
                    alert.text(),
                    alert.count(),
                    alert.status().name(),
                    alert.attempts(),
                    alert.raisedAt(),
                    alert.sentAt(),
                    alert.lastError());
        }
    }
}
