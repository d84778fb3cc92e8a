package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.event.TradingResumed;
import io.algomoex.trading.application.port.EventNotConfirmedException;
import io.algomoex.trading.application.port.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayOutboxTest {

    private final RecordingOutbox outbox = new RecordingOutbox();
    private final List<Long> published = new ArrayList<>();
    private boolean rabbitDown;
    private final RelayOutbox relay = new RelayOutbox(outbox, this::publish);

    private void publish(OutboxMessage message) {
        if (rabbitDown) {
            throw new EventNotConfirmedException("connection refused", null);
        }
        published.add(message.id());
    }

    @Test
    void keepsEventsThatWereNotConfirmedAndSendsThemInOrderLater() {
        for (int i = 0; i < 3; i++) {
            outbox.append(new TradingResumed(null));
        }
        rabbitDown = true;

        assertThat(relay.relay(10)).isZero();
        assertThat(outbox.unsent(10)).hasSize(3);

        rabbitDown = false;
        assertThat(relay.relay(10)).isEqualTo(3);
        assertThat(published).containsExactly(0L, 1L, 2L);
        assertThat(outbox.unsent(10)).isEmpty();
    }
}
