package io.algomoex.testsupport.infrastructure;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL for an integration test: the local server's isolated {@code *_it} database, or a TimescaleDB container
 * with the compose file's image. Import it on a test class annotated with {@link IntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresInfrastructure {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSource(service = BackingService.POSTGRES, source = Source.LOCAL)
    static class Local {

        @Bean
        JdbcConnectionDetails localPostgresConnectionDetails() {
            String url = LocalPostgres.jdbcUrl(LocalPostgres.database());
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return LocalPostgres.user();
                }

                @Override
                public String getPassword() {
                    return LocalPostgres.password();
                }

                @Override
                public String getJdbcUrl() {
                    return url;
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSource(service = BackingService.POSTGRES, source = Source.CONTAINER)
    static class Container {

        @Bean(destroyMethod = "")
        @ServiceConnection
        PostgreSQLContainer postgresContainer() {
            return Containers.postgres();
        }
    }

    static PostgreSQLContainer newContainer() {
        DockerImageName image = DockerImageName.parse(ComposeImages.image(ComposeImages.POSTGRES))
                .asCompatibleSubstituteFor("postgres");
        return new PostgreSQLContainer(image).withDatabaseName("algomoex_it");
    }
}
