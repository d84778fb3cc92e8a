package io.algomoex.alerting.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bot's command handling.
 *
 * @param enabled whether this instance polls for commands; only one instance per bot token may
 * @param pollTimeout long-poll wait of one getUpdates call
 * @param errorBackoff wait after a failed poll
 * @param conflictBackoff wait after a 409 Conflict (another poller) before trying again
 * @param recentAlerts how many alerts /alerts lists
 * @param confirmationTimeout how long the Confirm button of /halt and /resume stays valid
 */
@ConfigurationProperties("algo.alerting.bot")
@Validated
public record BotProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20s") @NotNull Duration pollTimeout,
        @DefaultValue("5s") @NotNull Duration errorBackoff,
        @DefaultValue("60s") @NotNull Duration conflictBackoff,
        @DefaultValue("10") @Min(1) @Max(50) int recentAlerts,
        @DefaultValue("2m") @NotNull Duration confirmationTimeout) {}
