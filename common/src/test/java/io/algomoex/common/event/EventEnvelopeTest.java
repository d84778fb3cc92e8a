package io.algomoex.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void wrapsPayloadWithItsTypeAndTheClockTime() {
        EventEnvelope<TradingHalted> envelope =
                EventEnvelope.wrap(new TradingHalted("sber-sma", "max-daily-loss"), "trading-service", clock);

        assertThat(envelope.type()).isEqualTo(EventType.TRADING_HALTED);
        assertThat(envelope.routingKey()).isEqualTo("trading.halted");
        assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(envelope.eventId()).isNotNull();
    }

    @Test
    void rejectsTypeThatDisagreesWithPayload() {
        assertThatThrownBy(() -> new EventEnvelope<>(
                        UUID.randomUUID(),
                        EventType.TRADING_RESUMED,
                        clock.instant(),
                        "trading-service",
                        new TradingHalted(null, "operator")))
                .hasMessageContaining("does not match");
    }

    @Test
    void rejectsSourceThatIsNotAServiceName() {
        assertThatThrownBy(() -> EventEnvelope.wrap(new TradingResumed(null), "Trading Service", clock))
                .hasMessageContaining("source");
    }

    @Test
    void commandsTravelOnTheCommandsExchange() {
        assertThat(EventType.HALT_TRADING.exchange()).isEqualTo(Exchanges.COMMANDS);
        assertThat(EventType.HALT_TRADING.isCommand()).isTrue();
        assertThat(EventType.CANDLE_CLOSED.exchange()).isEqualTo(Exchanges.EVENTS);
        assertThat(EventType.fromRoutingKey("service.error")).hasValue(EventType.SERVICE_ERROR);
        assertThat(EventType.fromRoutingKey("nope")).isEmpty();
    }
}
