package io.algomoex.alerting.adapter.out.persistence;

import io.algomoex.alerting.application.port.ProcessedEventStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProcessedEventStore implements ProcessedEventStore {

    private final JdbcClient jdbc;

    JdbcProcessedEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markProcessed(UUID eventId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO alerting.processed_events (event_id, processed_at) VALUES (:id, :at)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                        .param("id", eventId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM alerting.processed_events WHERE processed_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
