package io.algomoex.alerting.adapter.out.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the Telegram Bot API.
 *
 * @param baseUrl the API root, {@code https://api.telegram.org} in production
 * @param token the bot token; blank means no bot is configured and nothing is sent
 * @param perChatInterval the least time between two messages to one chat (Telegram: about 1 per second)
 * @param overallPerSecond the most messages per second over all chats (Telegram: about 30)
 * @param connectTimeout TCP connect timeout
 * @param callTimeout limit of a call other than a long poll
 */
public record TelegramClientSettings(
        URI baseUrl,
        String token,
        Duration perChatInterval,
        int overallPerSecond,
        Duration connectTimeout,
        Duration callTimeout) {

    public TelegramClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl is required");
        Objects.requireNonNull(perChatInterval, "perChatInterval is required");
        Objects.requireNonNull(connectTimeout, "connectTimeout is required");
        Objects.requireNonNull(callTimeout, "callTimeout is required");
        token = token == null ? "" : token.strip();
        if (perChatInterval.isNegative() || perChatInterval.isZero() || overallPerSecond < 1) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
    }

    public boolean hasToken() {
        return !token.isEmpty();
    }

    /** Keeps the token out of {@code toString()}, and so out of logs and actuator output. */
    @Override
    public String toString() {
        return "TelegramClientSettings[baseUrl=" + baseUrl + ", token=" + (hasToken() ? "***" : "none")
                + ", perChatInterval=" + perChatInterval + ", overallPerSecond=" + overallPerSecond + "]";
    }
}
