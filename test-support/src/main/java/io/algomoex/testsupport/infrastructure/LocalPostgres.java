package io.algomoex.testsupport.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The isolated database integration tests use on a local PostgreSQL. By default every JVM gets a fresh database
 * {@code algomoex_<pid>_it}, dropped when the JVM exits, so migrations always run from an empty database. A name set
 * in {@code ALGO_IT_POSTGRES_DATABASE} is used as it is (created if missing, kept afterwards) and must end in
 * {@code _it}.
 */
final class LocalPostgres {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);
    private static String database;

    private LocalPostgres() {}

    static String user() {
        return Environment.get("ALGO_IT_POSTGRES_USER", "postgres");
    }

    static String password() {
        return Environment.get("ALGO_IT_POSTGRES_PASSWORD", "postgres");
    }

    static String jdbcUrl(String databaseName) {
        BackingService service = BackingService.POSTGRES;
        return "jdbc:postgresql://" + service.host() + ":" + service.port() + "/" + databaseName;
    }

    /** The test database, created on first call. */
    static synchronized String database() {
        if (database == null) {
            String configured = Environment.get("ALGO_IT_POSTGRES_DATABASE", null);
            if (configured != null) {
                requireItSuffix(configured);
                createIfMissing(configured, false);
                database = configured;
            } else {
                String perJvm = "algomoex_" + ProcessHandle.current().pid() + "_it";
                createIfMissing(perJvm, true);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(perJvm), "drop-" + perJvm));
                database = perJvm;
            }
        }
        return database;
    }

    static void requireItSuffix(String name) {
        if (!name.matches("[a-z0-9_]+_it")) {
            throw new IllegalStateException("refusing to run integration tests against database '" + name
                    + "': its name must be lower case and end in _it");
        }
    }

    private static void createIfMissing(String name, boolean fresh) {
        try (Connection connection = maintenanceConnection();
                Statement statement = connection.createStatement()) {
            if (fresh) {
                // A database of the same name can only be left over from an earlier JVM with the same pid.
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            if (!exists(connection, name)) {
                statement.execute("CREATE DATABASE " + name);
                log.info("Created integration-test database {}", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot prepare integration-test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void drop(String name) {
        try (Connection connection = maintenanceConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            log.warn("Could not drop integration-test database {}: {}", name, e.getMessage());
        }
    }

    private static Connection maintenanceConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
    }
}
