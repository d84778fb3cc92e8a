package io.algomoex.testsupport.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComposeImagesTest {

    @Test
    void containersUseTheImagesDockerComposeUses() {
        assertThat(ComposeImages.image(ComposeImages.POSTGRES))
                .startsWith("timescale/timescaledb:")
                .endsWith("-pg17");
        assertThat(ComposeImages.image(ComposeImages.REDIS)).startsWith("redis:");
        assertThat(ComposeImages.image(ComposeImages.RABBITMQ))
                .startsWith("rabbitmq:")
                .contains("management");
    }

    @Test
    void refusesADatabaseNameThatIsNotAnIntegrationTestDatabase() {
        assertThatThrownBy(() -> LocalPostgres.requireItSuffix("algomoex"))
                .hasMessageContaining("must be lower case and end in _it");
        LocalPostgres.requireItSuffix("algomoex_it");
    }
}
