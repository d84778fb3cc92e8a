package io.algomoex.alerting.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram bot.
 *
 * @param baseUrl Bot API root
 * @param token bot token, bound from {@code TELEGRAM_BOT_TOKEN} only; blank: alerts are stored and logged, not sent
 * @param allowedChats chats allowed to use the bot ({@code ALGO_TELEGRAM_ALLOWED_CHATS}, comma-separated ids)
 * @param allowedUsers user ids allowed to halt and resume trading ({@code ALGO_TELEGRAM_ALLOWED_USERS}); empty: every
 *     member of an allowed chat
 * @param alertChats chats alerts are sent to; empty means the allowed chats
 * @param perChatInterval least time between two messages to one chat; Telegram asks for at most one per second
 * @param overallPerSecond most messages per second over all chats; Telegram's bulk limit is about 30
 * @param connectTimeout TCP connect timeout
 * @param callTimeout limit of one API call other than a long poll
 */
@ConfigurationProperties("algo.alerting.telegram")
@Validated
public record TelegramProperties(
        @DefaultValue("https://api.telegram.org") @NotNull URI baseUrl,
        String token,
        @DefaultValue List<Long> allowedChats,
        @DefaultValue List<Long> allowedUsers,
        @DefaultValue List<Long> alertChats,
        @DefaultValue("1s") @NotNull Duration perChatInterval,
        @DefaultValue("30") @Min(1) @Max(30) int overallPerSecond,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("15s") @NotNull Duration callTimeout) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    /** The chats alerts go to. */
    public List<Long> recipients() {
        return alertChats.isEmpty() ? allowedChats : alertChats;
    }

    /** Keeps the token out of logs and diagnostics. */
    @Override
    public String toString() {
        return "TelegramProperties[baseUrl=" + baseUrl + ", token=" + (hasToken() ? "***" : "none") + ", allowedChats="
                + allowedChats + ", allowedUsers=" + allowedUsers + ", alertChats=" + alertChats + "]";
    }
}
