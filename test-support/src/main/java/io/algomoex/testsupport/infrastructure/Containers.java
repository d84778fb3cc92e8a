package io.algomoex.testsupport.infrastructure;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/** One container per service per JVM, started on first use and left to Testcontainers to remove at exit. */
final class Containers {

    private static PostgreSQLContainer postgres;
    private static GenericContainer<?> redis;
    private static RabbitMQContainer rabbit;

    private Containers() {}

    static synchronized PostgreSQLContainer postgres() {
        if (postgres == null) {
            postgres = PostgresInfrastructure.newContainer();
            postgres.start();
        }
        return postgres;
    }

    static synchronized GenericContainer<?> redis() {
        if (redis == null) {
            redis = RedisInfrastructure.newContainer();
            redis.start();
        }
        return redis;
    }

    static synchronized RabbitMQContainer rabbit() {
        if (rabbit == null) {
            rabbit = RabbitInfrastructure.newContainer();
            rabbit.start();
        }
        return rabbit;
    }
}
