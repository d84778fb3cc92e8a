package io.algomoex.testsupport.infrastructure;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Redis for an integration test: a dedicated database number on the local server, or a container with the compose
 * file's image. Import it on a test class annotated with {@link IntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RedisInfrastructure {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSource(service = BackingService.REDIS, source = Source.LOCAL)
    static class Local {

        @Bean
        DataRedisConnectionDetails localRedisConnectionDetails() {
            BackingService service = BackingService.REDIS;
            int database = LocalRedis.database();
            return new DataRedisConnectionDetails() {
                @Override
                public String getPassword() {
                    return LocalRedis.password();
                }

                @Override
                public Standalone getStandalone() {
                    return Standalone.of(service.host(), service.port(), database);
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSource(service = BackingService.REDIS, source = Source.CONTAINER)
    static class Container {

        @Bean(destroyMethod = "")
        @ServiceConnection(name = "redis")
        GenericContainer<?> redisContainer() {
            return Containers.redis();
        }
    }

    static GenericContainer<?> newContainer() {
        return new GenericContainer<>(DockerImageName.parse(ComposeImages.image(ComposeImages.REDIS)))
                .withExposedPorts(6379);
    }
}
