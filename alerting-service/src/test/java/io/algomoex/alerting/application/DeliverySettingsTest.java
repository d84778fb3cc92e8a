package io.algomoex.alerting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliverySettingsTest {

    private final DeliverySettings settings = new DeliverySettings(
            List.of(1L), Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(2));

    @Test
    void backOffDoublesPerAttemptUpToTheMaximum() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(settings.backoffAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoffAfter(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void rejectsAMaximumBelowTheInitialBackOff() {
        assertThatThrownBy(() -> new DeliverySettings(
                        List.of(), Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .hasMessageContaining("maxBackoff");
    }
}
