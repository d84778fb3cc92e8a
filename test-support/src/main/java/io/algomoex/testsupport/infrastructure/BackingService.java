package io.algomoex.testsupport.infrastructure;

import java.util.Locale;

/** A piece of infrastructure the services need, with the address it is probed at in local mode. */
public enum BackingService {
    POSTGRES(5432),
    REDIS(6379),
    RABBITMQ(5672);

    private final int defaultPort;

    BackingService(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** Host to probe: {@code ALGO_IT_<SERVICE>_HOST}, default {@code localhost}. */
    public String host() {
        return Environment.get(variable("HOST"), "localhost");
    }

    /** Port to probe: {@code ALGO_IT_<SERVICE>_PORT}, default the service's standard port. */
    public int port() {
        String value = Environment.get(variable("PORT"), Integer.toString(defaultPort));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable("PORT") + " must be a port number, got '" + value + "'", e);
        }
    }

    String variable(String suffix) {
        return "ALGO_IT_" + name() + "_" + suffix;
    }

    String displayName() {
        return switch (this) {
            case POSTGRES -> "PostgreSQL";
            case REDIS -> "Redis";
            case RABBITMQ -> "RabbitMQ";
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
