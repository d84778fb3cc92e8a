package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.trading.application.port.HaltStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHaltStore implements HaltStore {

    private final JdbcClient jdbc;

    JdbcHaltStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> haltedScopes() {
        Map<String, String> halted = new LinkedHashMap<>();
        jdbc.sql("SELECT scope, reason FROM trading.halts ORDER BY scope").query(row -> {
            halted.put(row.getString("scope"), row.getString("reason"));
        });
        return halted;
    }
}
