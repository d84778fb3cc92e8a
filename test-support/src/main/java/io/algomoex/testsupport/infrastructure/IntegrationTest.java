package io.algomoex.testsupport.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test whose Spring context imports {@link PostgresInfrastructure}, {@link RedisInfrastructure}
 * or {@link RabbitInfrastructure}. Before the context starts, it checks that each imported service is available and
 * otherwise skips the class with a clear message, or fails it when {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(InfrastructureCondition.class)
public @interface IntegrationTest {}
