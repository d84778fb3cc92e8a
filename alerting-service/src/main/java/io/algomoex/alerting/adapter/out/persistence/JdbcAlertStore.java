package io.algomoex.alerting.adapter.out.persistence;

import io.algomoex.alerting.application.port.AlertStore;
import io.algomoex.alerting.domain.Alert;
import io.algomoex.alerting.domain.AlertDraft;
import io.algomoex.alerting.domain.ClaimedAlert;
import io.algomoex.alerting.domain.DeliveryStatus;
import io.algomoex.alerting.domain.Page;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcAlertStore implements AlertStore {

    /** Telegram descriptions are short; this only guards the column against a runaway I/O message. */
    private static final int MAX_ERROR_LENGTH = 1000;

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

    @Override
    @Transactional
    public long raise(AlertDraft draft, Instant now, Duration window) {
        Timestamp windowStart = Timestamp.from(now.minus(window));
        // attempts = 0 means no delivery has started, so the message that will go out still shows the new count.
        // The claim in claimNextDue locks the row too, so a merge and a claim never interleave.
        Optional<Long> merged = jdbc.sql("""
                        UPDATE alerting.alerts SET event_count = event_count + 1, text = :text
                        WHERE id = (SELECT id FROM alerting.alerts
                                    WHERE alert_key = :key AND status = 'PENDING' AND attempts = 0
                                      AND raised_at > :windowStart
                                    ORDER BY id DESC LIMIT 1 FOR UPDATE)
                          AND attempts = 0
                        RETURNING id
                        """)
                .param("text", draft.text())
                .param("key", draft.key())
                .param("windowStart", windowStart)
                .query(Long.class)
                .optional();
        if (merged.isPresent()) {
            return merged.get();
        }
        Optional<Timestamp> previous = jdbc.sql("""
                        SELECT max(raised_at) FROM alerting.alerts WHERE alert_key = :key AND raised_at > :windowStart
                        """)
                .param("key", draft.key())
                .param("windowStart", windowStart)
                .query(Timestamp.class)
                .optional();
        Instant notBefore = previous.map(at -> at.toInstant().plus(window)).orElse(now);
        return jdbc.sql("""
                        INSERT INTO alerting.alerts
                            (rule, alert_key, text, status, raised_at, not_before, next_attempt_at)
                        VALUES (:rule, :key, :text, 'PENDING', :now, :notBefore, :notBefore)
                        RETURNING id
                        """)
                .param("rule", draft.rule().code())
                .param("key", draft.key())
                .param("text", draft.text())
                .param("now", Timestamp.from(now))
                .param("notBefore", Timestamp.from(notBefore))
                .query(Long.class)
                .single();
    }

    @Override
    @Transactional
    public Optional<ClaimedAlert> claimNextDue(Instant now, Duration lease) {
        Timestamp at = Timestamp.from(now);
        // The head of the queue is the oldest pending alert whose hold has ended; when it waits for a retry,
        // nothing is claimed, which keeps delivery in order. The lease keeps it from being claimed again (by
        // another replica) while this attempt is under way; a crash mid-attempt makes it due once the lease ends.
        return jdbc.sql("""
                        UPDATE alerting.alerts SET attempts = attempts + 1, next_attempt_at = :leaseEnd
                        WHERE id = (SELECT id FROM alerting.alerts
                                    WHERE status = 'PENDING' AND not_before <= :now
                                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                          AND next_attempt_at <= :now
                        RETURNING id, text, event_count, raised_at, attempts, delivered_to, refused_by
                        """)
                .param("now", at)
                .param("leaseEnd", Timestamp.from(now.plus(lease)))
                .query((row, number) -> new ClaimedAlert(
                        row.getLong("id"),
                        row.getString("text"),
                        row.getInt("event_count"),
                        row.getTimestamp("raised_at").toInstant(),
                        row.getInt("attempts"),
                        chats(row.getArray("delivered_to")),
                        chats(row.getArray("refused_by"))))
                .optional();
    }

    @Override
    public void markDeliveredTo(long alertId, long chatId) {
        jdbc.sql("UPDATE alerting.alerts SET delivered_to = array_append(delivered_to, :chat) WHERE id = :id")
                .param("chat", chatId)
                .param("id", alertId)
                .update();
    }

    @Override
    public void markRefusedBy(long alertId, long chatId, String error) {
        jdbc.sql("UPDATE alerting.alerts SET refused_by = array_append(refused_by, :chat), last_error = :error"
                        + " WHERE id = :id")
                .param("chat", chatId)
                .param("error", truncate(error))
                .param("id", alertId)
                .update();
    }

    @Override
    public void markSent(long alertId, Instant sentAt) {
        jdbc.sql("UPDATE alerting.alerts SET status = 'SENT', sent_at = :sentAt,"
                        + " last_error = CASE WHEN cardinality(refused_by) > 0 THEN last_error END WHERE id = :id")
                .param("sentAt", Timestamp.from(sentAt))
                .param("id", alertId)
                .update();
    }

    @Override
    public void scheduleRetry(long alertId, Instant nextAttemptAt, String error) {
        jdbc.sql("UPDATE alerting.alerts SET next_attempt_at = :next, last_error = :error WHERE id = :id")
                .param("next", Timestamp.from(nextAttemptAt))
                .param("error", truncate(error))
                .param("id", alertId)
                .update();
    }

    @Override
    public void markFailed(long alertId, String error) {
        jdbc.sql("UPDATE alerting.alerts SET status = 'FAILED', last_error = :error WHERE id = :id")
                .param("error", truncate(error))
                .param("id", alertId)
                .update();
    }

    @Override
    public long countPending() {
        return jdbc.sql("SELECT count(*) FROM alerting.alerts WHERE status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    private static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private static Set<Long> chats(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return new HashSet<>(Arrays.asList((Long[]) array.getArray()));
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
