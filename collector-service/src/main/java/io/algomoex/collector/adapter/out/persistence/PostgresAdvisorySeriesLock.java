package io.algomoex.collector.adapter.out.persistence;

import io.algomoex.collector.application.port.SeriesLock;
import io.algomoex.collector.domain.WatchedSeries;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32C;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * A session-level PostgreSQL advisory lock per series, held on a connection of its own for as long as the sync runs.
 * Every replica talks to the same database, so the lock is cluster-wide; if a replica dies, PostgreSQL releases its
 * locks with the session.
 */
@Component
class PostgresAdvisorySeriesLock implements SeriesLock {

    // The two-int form of pg_advisory_lock: a fixed first key keeps collector locks apart from other services' locks.
    private static final int NAMESPACE = 0x434f4c4c; // "COLL"

    private final DataSource dataSource;

    PostgresAdvisorySeriesLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean runExclusively(WatchedSeries series, Runnable work) {
        int key = key(series);
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(?, ?)", key)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?, ?)", key);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("advisory lock for " + series + " failed", e);
        }
    }

    private static boolean call(Connection connection, String sql, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    static int key(WatchedSeries series) {
        CRC32C crc = new CRC32C();
        crc.update(series.toString().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
