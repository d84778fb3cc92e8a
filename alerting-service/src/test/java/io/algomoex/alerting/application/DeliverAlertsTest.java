package io.algomoex.alerting.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.alerting.application.port.AlertMetrics;
import io.algomoex.alerting.application.port.AlertStore;
import io.algomoex.alerting.application.port.MessageRejectedException;
import io.algomoex.alerting.application.port.MessengerUnavailableException;
import io.algomoex.alerting.application.port.Notifier;
import io.algomoex.alerting.domain.Alert;
import io.algomoex.alerting.domain.AlertDraft;
import io.algomoex.alerting.domain.AlertRule;
import io.algomoex.alerting.domain.ClaimedAlert;
import io.algomoex.alerting.domain.DeliveryStatus;
import io.algomoex.alerting.domain.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliverAlertsTest {

    private static final Instant NOW = Instant.parse("2024-05-02T07:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryAlertStore store = new InMemoryAlertStore();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final DeliverySettings settings = new DeliverySettings(
            List.of(1L, 2L),
            Duration.ofSeconds(60),
            Duration.ofSeconds(2),
            Duration.ofSeconds(60),
            Duration.ofMinutes(2));
    private final DeliverAlerts deliverAlerts = new DeliverAlerts(store, notifier, new NoMetrics(), settings, clock);

    @Test
    void deliversToEveryChatInOrderAndShowsTheAggregatedCount() {
        long first = store.raise(draft("a"), NOW, Duration.ZERO);
        store.raise(draft("b"), NOW, Duration.ZERO);
        store.rows.get(first).count = 3;

        deliverAlerts.deliverDue(() -> true);

        assertThat(notifier.sent)
                .containsExactly(
                        "1:a\n\n<i>3 times within 60 s</i>", "2:a\n\n<i>3 times within 60 s</i>", "1:b", "2:b");
        assertThat(store.rows.values()).allSatisfy(row -> assertThat(row.status).isEqualTo(DeliveryStatus.SENT));
    }

    @Test
    void aRetryableFailureHonoursRetryAfterAndHoldsBackLaterAlerts() {
        long first = store.raise(draft("a"), NOW, Duration.ZERO);
        long second = store.raise(draft("b"), NOW, Duration.ZERO);
        notifier.failures.add(new MessengerUnavailableException("flood", Optional.of(Duration.ofSeconds(7))));

        deliverAlerts.deliverDue(() -> true);

        assertThat(store.rows.get(first).nextAttemptAt).isEqualTo(NOW.plusSeconds(7));
        assertThat(store.rows.get(first).status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(store.rows.get(second).attempts).isZero();
        assertThat(notifier.sent).isEmpty();
    }

    @Test
    void aRetryAfterAPartialDeliverySkipsTheChatThatHasIt() {
        long id = store.raise(draft("a"), NOW, Duration.ZERO);
        notifier.failures.add(null);
        notifier.failures.add(new MessengerUnavailableException("HTTP 502", Optional.empty()));

        deliverAlerts.deliverDue(() -> true);
        assertThat(store.rows.get(id).nextAttemptAt).isEqualTo(NOW.plusSeconds(2));
        store.rows.get(id).nextAttemptAt = NOW;
        deliverAlerts.deliverDue(() -> true);

        assertThat(notifier.sent).containsExactly("1:a", "2:a");
        assertThat(store.rows.get(id).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(store.rows.get(id).attempts).isEqualTo(2);
    }

    @Test
    void aChatThatRefusesDoesNotStopDeliveryToTheOtherChats() {
        long refused = store.raise(draft("a"), NOW, Duration.ZERO);
        long next = store.raise(draft("b"), NOW, Duration.ZERO);
        notifier.failures.add(new MessageRejectedException("Forbidden: bot was blocked by the user"));

        deliverAlerts.deliverDue(() -> true);

        assertThat(notifier.sent).containsExactly("2:a", "1:b", "2:b");
        assertThat(store.rows.get(refused).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(store.rows.get(refused).deliveredTo).containsExactly(2L);
        assertThat(store.rows.get(refused).refusedBy).containsExactly(1L);
        assertThat(store.rows.get(refused).error).isEqualTo("chat 1: Forbidden: bot was blocked by the user");
        assertThat(store.rows.get(next).status).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aRetryAfterARefusalTriesNeitherTheRefusingNorTheDeliveredChatAgain() {
        DeliverAlerts threeChats = new DeliverAlerts(
                store,
                notifier,
                new NoMetrics(),
                new DeliverySettings(
                        List.of(1L, 2L, 3L),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(60),
                        Duration.ofMinutes(2)),
                clock);
        long id = store.raise(draft("a"), NOW, Duration.ZERO);
        notifier.failures.add(new MessageRejectedException("Bad Request: chat not found"));
        notifier.failures.add(null);
        notifier.failures.add(new MessengerUnavailableException("HTTP 502", Optional.empty()));

        threeChats.deliverDue(() -> true);
        store.rows.get(id).nextAttemptAt = NOW;
        threeChats.deliverDue(() -> true);

        assertThat(notifier.sent).containsExactly("2:a", "3:a");
        assertThat(store.rows.get(id).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(store.rows.get(id).refusedBy).containsExactly(1L);
    }

    @Test
    void anAlertEveryChatRefusesFailsAndTheNextOneStillGoesOut() {
        long refused = store.raise(draft("a"), NOW, Duration.ZERO);
        long next = store.raise(draft("b"), NOW, Duration.ZERO);
        notifier.failures.add(new MessageRejectedException("Bad Request: chat not found"));
        notifier.failures.add(new MessageRejectedException("Forbidden: bot was kicked"));

        deliverAlerts.deliverDue(() -> true);

        assertThat(store.rows.get(refused).status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(store.rows.get(refused).error).isEqualTo("chat 2: Forbidden: bot was kicked");
        assertThat(store.rows.get(next).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(notifier.sent).containsExactly("1:b", "2:b");
    }

    private static AlertDraft draft(String text) {
        return new AlertDraft(AlertRule.SERVICE_ERROR, "key-" + text, text);
    }

    /** Sends succeed unless a failure is queued; a queued {@code null} means one success. */
    private static final class RecordingNotifier implements Notifier {
        final List<String> sent = new ArrayList<>();
        final List<RuntimeException> failures = new ArrayList<>();

        @Override
        public void send(long chatId, String html) {
            if (!failures.isEmpty()) {
                RuntimeException failure = failures.removeFirst();
                if (failure != null) {
                    throw failure;
                }
            }
            sent.add(chatId + ":" + html);
        }

        @Override
        public void sendWithButtons(long chatId, String html, List<Button> buttons) {
            send(chatId, html);
        }
    }

    private static final class InMemoryAlertStore implements AlertStore {
        final Map<Long, Row> rows = new LinkedHashMap<>();

        @Override
        public Page<Alert> list(Optional<DeliveryStatus> status, int page, int size) {
            return new Page<>(List.of(), page, size, 0);
        }

        @Override
        public long raise(AlertDraft draft, Instant now, Duration window) {
            long id = rows.size() + 1;
            rows.put(id, new Row(draft.text(), now));
            return id;
        }

        @Override
        public Optional<ClaimedAlert> claimNextDue(Instant now, Duration lease) {
            return rows.entrySet().stream()
                    .filter(entry -> entry.getValue().status == DeliveryStatus.PENDING)
                    .findFirst()
                    .filter(entry -> !entry.getValue().nextAttemptAt.isAfter(now))
                    .map(entry -> {
                        Row row = entry.getValue();
                        row.attempts++;
                        row.nextAttemptAt = now.plus(lease);
                        return new ClaimedAlert(
                                entry.getKey(),
                                row.text,
                                row.count,
                                row.raisedAt,
                                row.attempts,
                                row.deliveredTo,
                                row.refusedBy);
                    });
        }

        @Override
        public void markDeliveredTo(long alertId, long chatId) {
            rows.get(alertId).deliveredTo.add(chatId);
        }

        @Override
        public void markRefusedBy(long alertId, long chatId, String error) {
            rows.get(alertId).refusedBy.add(chatId);
            rows.get(alertId).error = error;
        }

        @Override
        public void markSent(long alertId, Instant sentAt) {
            rows.get(alertId).status = DeliveryStatus.SENT;
        }

        @Override
        public void scheduleRetry(long alertId, Instant nextAttemptAt, String error) {
            rows.get(alertId).nextAttemptAt = nextAttemptAt;
            rows.get(alertId).error = error;
        }

        @Override
        public void markFailed(long alertId, String error) {
            rows.get(alertId).status = DeliveryStatus.FAILED;
            rows.get(alertId).error = error;
        }

        @Override
        public long countPending() {
            return rows.values().stream()
                    .filter(row -> row.status == DeliveryStatus.PENDING)
                    .count();
        }
    }

    private static final class Row {
        final String text;
        final Instant raisedAt;
        final Set<Long> deliveredTo = new HashSet<>();
        final Set<Long> refusedBy = new HashSet<>();
        int count = 1;
        int attempts;
        DeliveryStatus status = DeliveryStatus.PENDING;
        Instant nextAttemptAt;
        String error;

        Row(String text, Instant raisedAt) {
            this.text = text;
            this.raisedAt = raisedAt;
            this.nextAttemptAt = raisedAt;
        }
    }

    private static final class NoMetrics implements AlertMetrics {
        @Override
        public void raised(AlertRule rule) {}

        @Override
        public void sent(Duration sinceRaised) {}

        @Override
        public void failed() {}

        @Override
        public void pending(long count) {}

        @Override
        public void foreignUpdateIgnored() {}
    }
}
