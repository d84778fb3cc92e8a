package io.algomoex.system;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the stack needs of the machine's PostgreSQL and RabbitMQ, made for this run and removed after it: a database
 * owned by the compose user ({@code algomoex}), a RabbitMQ vhost for that user, and a Redis of its own with the compose
 * password on 127.0.0.2 (the machine's Redis on 127.0.0.1 has no password, and a service that sends one is refused).
 * Roles and users that existed before are kept; those this run created are dropped.
 */
final class LocalInfrastructure implements AutoCloseable {

    static final String USER = "algomoex";
    static final String PASSWORD = "algomoex";
    static final String REDIS_ADDRESS = "127.0.0.2";

    private final String database;
    private final String vhost;
    private final List<AutoCloseable> undo = new ArrayList<>();
    private ManagedProcess redis;

    LocalInfrastructure(String database, String vhost) {
        this.database = database;
        this.vhost = vhost;
    }

    String database() {
        return database;
    }

    String vhost() {
        return vhost;
    }

    LocalInfrastructure create(Path logs) throws Exception {
        createDatabase();
        createVhost();
        redis = new ManagedProcess(
                        "redis",
                        List.of(
                                "redis-server",
                                "--bind",
                                REDIS_ADDRESS,
                                "--port",
                                "6379",
                                "--requirepass",
                                PASSWORD,
                                "--save",
                                "",
                                "--appendonly",
                                "no"),
                        Map.of(),
                        logs)
                .start();
        undo.add(() -> redis.stop(Duration.ofSeconds(5)));
        return this;
    }

    private void createDatabase() throws SQLException {
        try (Connection admin = admin();
                Statement sql = admin.createStatement()) {
            boolean roleExisted;
            try (var rows = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                roleExisted = rows.next();
            }
            if (!roleExisted) {
                sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                undo.add(() -> execute("DROP ROLE IF EXISTS " + USER));
            }
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database + " OWNER " + USER);
            undo.add(() -> execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
        }
    }

    private void createVhost() throws IOException, InterruptedException {
        boolean userExisted =
                rabbitmqctl("list_users", "--quiet").lines().anyMatch(line -> line.split("\\s+")[0].equals(USER));
        if (userExisted) {
            // A user of that name made by someone else must have the compose password, or every service is refused.
            rabbitmqctl("authenticate_user", USER, PASSWORD);
        } else {
            rabbitmqctl("add_user", USER, PASSWORD);
            undo.add(() -> rabbitmqctl("delete_user", USER));
        }
        rabbitmqctl("add_vhost", vhost);
        undo.add(() -> rabbitmqctl("delete_vhost", vhost));
        rabbitmqctl("set_permissions", "-p", vhost, USER, ".*", ".*", ".*");
    }

    static String rabbitmqctl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("rabbitmqctl " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
    }

    private static void execute(String statement) throws SQLException {
        try (Connection admin = admin();
                Statement sql = admin.createStatement()) {
            sql.execute(statement);
        }
    }

    /** Undoes everything, last made first; every step is tried even when one fails. */
    @Override
    public void close() throws Exception {
        Exception first = null;
        for (int i = undo.size() - 1; i >= 0; i--) {
            try {
                undo.get(i).close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        undo.clear();
        if (first != null) {
            throw first;
        }
    }
}
