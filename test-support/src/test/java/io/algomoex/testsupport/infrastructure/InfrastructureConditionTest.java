package io.algomoex.testsupport.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

class InfrastructureConditionTest {

    @Import({PostgresInfrastructure.class, RabbitInfrastructure.class})
    static class NeedsDatabaseAndBroker {}

    @Import(RedisInfrastructure.class)
    static class NeedsCache extends NeedsDatabaseAndBroker {}

    static class NeedsNothing {}

    @Test
    void readsTheNeededServicesFromTheImportedInfrastructure() {
        assertThat(InfrastructureCondition.neededBy(NeedsDatabaseAndBroker.class))
                .containsExactlyInAnyOrder(BackingService.POSTGRES, BackingService.RABBITMQ);
        assertThat(InfrastructureCondition.neededBy(NeedsCache.class))
                .containsExactlyInAnyOrder(BackingService.POSTGRES, BackingService.RABBITMQ, BackingService.REDIS);
        assertThat(InfrastructureCondition.neededBy(NeedsNothing.class)).isEmpty();
    }

    @Test
    void explainsWhatIsMissingAndWhatToDo() {
        assertThat(InfrastructureSelection.unavailableReason(BackingService.RABBITMQ))
                .contains("RabbitMQ is not reachable at")
                .contains("Docker is not available")
                .contains("Start the local service or Docker");
    }
}
