package io.algomoex.alerting.adapter.in.schedule;

import io.algomoex.alerting.application.AnswerBotCommands;
import io.algomoex.alerting.application.port.MessengerUnavailableException;
import io.algomoex.alerting.application.port.UpdatesConflictException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long-polls the bot's updates. A 429 waits at least the {@code retry_after} Telegram names. A 409 Conflict means another process polls the same bot; polling harder would only
 * fight it, so the conflict is logged once and polling pauses for the conflict back-off before trying again.
 */
public class BotPollingLoop extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(BotPollingLoop.class);

    private final AnswerBotCommands answerBotCommands;
    private final Duration errorBackoff;
    private final Duration conflictBackoff;
    private final boolean enabled;
    private boolean inConflict;

    public BotPollingLoop(
            AnswerBotCommands answerBotCommands,
            Duration errorBackoff,
            Duration conflictBackoff,
            Duration stopTimeout,
            boolean enabled) {
        super("telegram-bot", stopTimeout, true);
        this.answerBotCommands = answerBotCommands;
        this.errorBackoff = errorBackoff;
        this.conflictBackoff = conflictBackoff;
        this.enabled = enabled;
    }

    @Override
    Duration round() {
        try {
            answerBotCommands.pollOnce();
            if (inConflict) {
                log.info("Bot polling works again; the other poller is gone");
                inConflict = false;
            }
            return Duration.ZERO;
        } catch (UpdatesConflictException e) {
            if (!inConflict) {
                log.error(
                        "Another process polls this bot ({}); only one alerting-service may run the bot."
                                + " Pausing polling for {} at a time",
                        e.getMessage(),
                        conflictBackoff);
                inConflict = true;
            }
            return conflictBackoff;
        } catch (MessengerUnavailableException e) {
            Duration wait = waitAfter(e, errorBackoff);
            log.warn("Bot polling failed: {}; retrying in {}", e.getMessage(), wait);
            return wait;
        }
    }

    /** Telegram's {@code retry_after} on a 429 when it asks for longer than the error back-off, else the back-off. */
    static Duration waitAfter(MessengerUnavailableException failure, Duration errorBackoff) {
        return failure.retryAfter()
                .filter(retryAfter -> retryAfter.compareTo(errorBackoff) > 0)
                .orElse(errorBackoff);
    }

    @Override
    boolean enabled() {
        return enabled;
    }
}
