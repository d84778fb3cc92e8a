package io.algomoex.alerting.adapter.out.telegram;

import io.algomoex.alerting.application.port.MessengerUnavailableException;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's flood limits as token buckets (Bot FAQ: avoid more than one message per second in a chat and about 30
 * per second overall). Each bucket holds one token and refills it greedily, so messages are spaced evenly and never
 * burst: the next message to a chat waits until a full interval has passed since the previous one.
 */
final class TelegramRateLimits {

    private final Duration perChatInterval;
    private final Bucket overall;
    private final Map<Long, Bucket> perChat = new ConcurrentHashMap<>();

    TelegramRateLimits(Duration perChatInterval, int overallPerSecond) {
        this.perChatInterval = perChatInterval;
        this.overall = evenlySpaced(Duration.ofNanos(1_000_000_000L / overallPerSecond));
    }

    /** Blocks until a message to {@code chatId} may go out. */
    void acquire(long chatId) {
        Bucket chat = perChat.computeIfAbsent(chatId, id -> evenlySpaced(perChatInterval));
        try {
            chat.asBlocking().consume(1);
            overall.asBlocking().consume(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessengerUnavailableException("interrupted while waiting for the rate limit", Optional.empty());
        }
    }

    private static Bucket evenlySpaced(Duration interval) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, interval))
                .build();
    }
}
