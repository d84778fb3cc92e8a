package io.algomoex.testsupport.infrastructure;

import java.util.List;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.testcontainers.rabbitmq.RabbitMQContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * RabbitMQ for an integration test: a vhost of its own on the local broker, or a container with the compose file's
 * image. Import it on a test class annotated with {@link IntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RabbitInfrastructure {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSource(service = BackingService.RABBITMQ, source = Source.LOCAL)
    static class Local {

        @Bean
        RabbitConnectionDetails localRabbitConnectionDetails() {
            BackingService service = BackingService.RABBITMQ;
            String virtualHost = LocalRabbit.virtualHost();
            return new RabbitConnectionDetails() {
                @Override
                public String getUsername() {
                    return LocalRabbit.user();
                }

                @Override
                public String getPassword() {
                    return LocalRabbit.password();
                }

                @Override
                public String getVirtualHost() {
                    return virtualHost;
                }

                @Override
                public List<Address> getAddresses() {
                    return List.of(new Address(service.host(), service.port()));
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSource(service = BackingService.RABBITMQ, source = Source.CONTAINER)
    static class Container {

        @Bean(destroyMethod = "")
        @ServiceConnection
        RabbitMQContainer rabbitContainer() {
            return Containers.rabbit();
        }
    }

    static RabbitMQContainer newContainer() {
        DockerImageName image = DockerImageName.parse(ComposeImages.image(ComposeImages.RABBITMQ))
                .asCompatibleSubstituteFor("rabbitmq");
        return new RabbitMQContainer(image);
    }
}
