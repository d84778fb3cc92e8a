package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.trading.application.port.HaltStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHaltStore implements HaltStore {

    /** Every halted scope with its reason. */
    static final String ALL = "SELECT scope, reason FROM trading.halts ORDER BY scope";

    private final JdbcClient jdbc;

    JdbcHaltStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> haltedScopes() {
        Map<String, String> halted = new LinkedHashMap<>();
        jdbc.sql(ALL).query(row -> {
            halted.put(row.getString("scope"), row.getString("reason"));
        });
        return halted;
    }

    @Override
    public boolean halt(String scope, String reason, Instant at) {
        return jdbc.sql("INSERT INTO trading.halts (scope, reason, halted_at) VALUES (:scope, :reason, :at)"
                                + " ON CONFLICT (scope) DO NOTHING")
                        .param("scope", scope)
                        .param("reason", reason)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    @Override
    public boolean resume(String scope) {
        return jdbc.sql("DELETE FROM trading.halts WHERE scope = :scope")
                        .param("scope", scope)
                        .update()
                == 1;
    }
}
