package io.algomoex.alerting.application;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the chat bot answers.
 *
 * @param allowedChats the only chats whose commands are answered
 * @param allowedUsers when not empty, the only users whose /halt and /resume (and their Confirm) are acted on, in any
 *     allowed chat; empty leaves trading commands to every member of an allowed chat
 * @param pollTimeout how long one long poll waits for updates
 * @param recentAlerts how many alerts {@code /alerts} lists
 * @param confirmationTimeout how long a halt or resume confirmation button stays valid
 * @param source the service name commands are published under
 */
public record BotSettings(
        Set<Long> allowedChats,
        Set<Long> allowedUsers,
        Duration pollTimeout,
        int recentAlerts,
        Duration confirmationTimeout,
        String source) {

    public BotSettings {
        allowedChats = Set.copyOf(allowedChats);
        allowedUsers = Set.copyOf(allowedUsers);
        Objects.requireNonNull(pollTimeout, "pollTimeout is required");
        Objects.requireNonNull(confirmationTimeout, "confirmationTimeout is required");
        Objects.requireNonNull(source, "source is required");
        if (recentAlerts < 1 || recentAlerts > 50) {
            throw new IllegalArgumentException("recentAlerts must be between 1 and 50, got " + recentAlerts);
        }
    }

    /** Whether {@code userId} may change trading: any user when no users are configured. */
    public boolean mayChangeTrading(long userId) {
        return allowedUsers.isEmpty() || allowedUsers.contains(userId);
    }
}
