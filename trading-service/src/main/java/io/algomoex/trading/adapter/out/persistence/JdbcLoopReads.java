package io.algomoex.trading.adapter.out.persistence;

import io.algomoex.trading.application.port.LoopReads;
import io.algomoex.trading.domain.Position;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The positions and the halts in one round trip: both queries go to PostgreSQL together and come back as two result sets. */
@Repository
class JdbcLoopReads implements LoopReads {

    private static final String BOTH = JdbcPositionStore.ALL + "; " + JdbcHaltStore.ALL;

    private final JdbcTemplate jdbc;

    JdbcLoopReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Snapshot read() {
        return jdbc.execute((ConnectionCallback<Snapshot>) connection -> {
            // Prepared, so the driver keeps both plans on the server after a few candles.
            try (PreparedStatement statement = connection.prepareStatement(BOTH)) {
                statement.execute();
                List<Position> positions = new ArrayList<>();
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        positions.add(JdbcPositionStore.position(rows, rows.getRow()));
                    }
                }
                if (!statement.getMoreResults()) {
                    throw new SQLException("the halts query returned no result set");
                }
                Map<String, String> halted = new LinkedHashMap<>();
                try (ResultSet rows = statement.getResultSet()) {
                    while (rows.next()) {
                        halted.put(rows.getString("scope"), rows.getString("reason"));
                    }
                }
                return new Snapshot(positions, halted);
            }
        });
    }
}
