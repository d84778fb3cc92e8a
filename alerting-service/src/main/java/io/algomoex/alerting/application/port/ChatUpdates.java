package io.algomoex.alerting.application.port;

import io.algomoex.alerting.domain.BotUpdate;
import java.time.Duration;
import java.util.List;

/** Commands and button presses sent to the bot, fetched by long polling. */
public interface ChatUpdates {

    /**
     * Waits up to {@code timeout} for updates with an id of at least {@code offset}; asking with a higher offset
     * confirms everything before it.
     *
     * @throws UpdatesConflictException when another poller uses the same bot
     * @throws MessengerUnavailableException when the messenger cannot be reached
     */
    List<BotUpdate> poll(long offset, Duration timeout);

    /** Stops the progress indicator on a pressed button, showing {@code text} briefly. */
    void answerButton(String callbackId, String text);
}
