package io.algomoex.alerting.adapter.out.persistence;

import io.algomoex.alerting.application.port.AlertStore;
import io.algomoex.alerting.domain.Alert;
import io.algomoex.alerting.domain.DeliveryStatus;
import io.algomoex.alerting.domain.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAlertStore implements AlertStore {

    private final JdbcClient jdbc;

    JdbcAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<Alert> list(Optional<DeliveryStatus> status, int page, int size) {
        String filter = status.map(DeliveryStatus::name).orElse(null);
        long total = jdbc.sql("SELECT count(*) FROM alerting.alerts WHERE (:status::text IS NULL OR status = :status)")
                .param("status", filter)
                .query(Long.class)
                .single();
        List<Alert> items = jdbc.sql("""
                        SELECT id, rule, alert_key, text, event_count, status, attempts, raised_at, sent_at, last_error
                        FROM alerting.alerts
                        WHERE (:status::text IS NULL OR status = :status)
                        ORDER BY id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("status", filter)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((row, number) -> toAlert(row))
                .list();
        return new Page<>(items, page, size, total);
    }

    private static Alert toAlert(ResultSet row) throws SQLException {
        Timestamp sentAt = row.getTimestamp("sent_at");
        return new Alert(
                row.getLong("id"),
                row.getString("rule"),
                row.getString("alert_key"),
                row.getString("text"),
                row.getInt("event_count"),
                DeliveryStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                row.getTimestamp("raised_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant(),
                row.getString("last_error"));
    }
}
