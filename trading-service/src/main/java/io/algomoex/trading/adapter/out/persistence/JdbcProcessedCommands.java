package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.trading.application.port.ProcessedCommands;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProcessedCommands implements ProcessedCommands {

    private final JdbcClient jdbc;

    JdbcProcessedCommands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(UUID commandId, Instant at) {
        return jdbc.sql("INSERT INTO trading.processed_commands (command_id, processed_at) VALUES (:id, :at)"
                                + " ON CONFLICT (command_id) DO NOTHING")
                        .param("id", commandId)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }
}
