package io.algomoex.alerting.adapter.in.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.alerting.application.port.MessengerUnavailableException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BotPollingLoopTest {

    private static final Duration BACKOFF = Duration.ofSeconds(5);

    @Test
    void waitsTheRetryAfterOfA429WhenItIsLongerThanTheBackoff() {
        var flood = new MessengerUnavailableException(
                "Too Many Requests: retry after 30", Optional.of(Duration.ofSeconds(30)));

        assertThat(BotPollingLoop.waitAfter(flood, BACKOFF)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void neverWaitsLessThanTheBackoff() {
        var shortFlood = new MessengerUnavailableException("retry after 1", Optional.of(Duration.ofSeconds(1)));
        var serverError = new MessengerUnavailableException("HTTP 502", Optional.empty());

        assertThat(BotPollingLoop.waitAfter(shortFlood, BACKOFF)).isEqualTo(BACKOFF);
        assertThat(BotPollingLoop.waitAfter(serverError, BACKOFF)).isEqualTo(BACKOFF);
    }
}
