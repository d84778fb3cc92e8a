package io.algomoex.alerting.application;

import static io.algomoex.alerting.domain.Html.bold;
import static io.algomoex.alerting.domain.Html.code;

import io.algomoex.alerting.application.port.ChatUpdates;
import io.algomoex.alerting.application.port.CommandNotPublishedException;
import io.algomoex.alerting.application.port.CommandPublisher;
import io.algomoex.alerting.application.port.MessageRejectedException;
import io.algomoex.alerting.application.port.MessengerUnavailableException;
import io.algomoex.alerting.application.port.Notifier;
import io.algomoex.alerting.domain.BotCommand;
import io.algomoex.alerting.domain.BotUpdate;
import io.algomoex.common.event.EventEnvelope;
import io.algomoex.common.event.EventPayload;
import io.algomoex.common.event.HaltTrading;
import io.algomoex.common.event.ResumeTrading;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * /halt and /resume change what trading does, so they ask first: the bot answers with Confirm and Cancel buttons,
 * and only a Confirm pressed in the same chat before the confirmation expires publishes the command on
 * {@code algo.commands}. Pending confirmations live in memory; after a restart the operator simply asks again.
 */
@Service
public class ConfirmTradingCommands {

    private static final Logger log = LoggerFactory.getLogger(ConfirmTradingCommands.class);
    private static final String CONFIRM = "confirm:";
    private static final String CANCEL = "cancel:";

    private final Notifier notifier;
    private final ChatUpdates updates;
    private final CommandPublisher publisher;
    private final BotSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    ConfirmTradingCommands(
            Notifier notifier, ChatUpdates updates, CommandPublisher publisher, BotSettings settings, Clock clock) {
        this.notifier = notifier;
        this.updates = updates;
        this.publisher = publisher;
        this.settings = settings;
        this.clock = clock;
    }

    public void ask(long chatId, BotCommand.Halt halt) {
        ask(chatId, "halt", halt.strategyId());
    }

    public void ask(long chatId, BotCommand.Resume resume) {
        ask(chatId, "resume", resume.strategyId());
    }

    private void ask(long chatId, String action, Optional<String> strategyId) {
        Instant now = clock.instant();
        pending.values().removeIf(entry -> entry.expiresAt().isBefore(now));
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        pending.put(token, new Pending(action, strategyId, chatId, now.plus(settings.confirmationTimeout())));
        notifier.sendWithButtons(
                chatId,
                bold(action.equals("halt") ? "Halt trading" : "Resume trading") + " for " + scope(strategyId) + "?",
                List.of(
                        new Notifier.Button("Confirm " + action, CONFIRM + token),
                        new Notifier.Button("Cancel", CANCEL + token)));
    }

    public void pressed(BotUpdate.ButtonPress press) {
        String data = press.data();
        String token = data.substring(data.indexOf(':') + 1);
        Pending request = pending.get(token);
        boolean valid = request != null
                && request.chatId() == press.chatId()
                && !request.expiresAt().isBefore(clock.instant());
        try {
            if (!settings.mayChangeTrading(press.userId())) {
                log.warn("User {} in chat {} may not confirm trading commands", press.userId(), press.chatId());
                updates.answerButton(press.callbackId(), "Only the configured operators may confirm this.");
            } else if (!valid) {
                updates.answerButton(press.callbackId(), "This confirmation has expired; send the command again.");
            } else if (data.startsWith(CANCEL)) {
                pending.remove(token);
                updates.answerButton(press.callbackId(), "Cancelled");
                notifier.send(press.chatId(), "Cancelled: nothing was sent to trading-service.");
            } else if (data.startsWith(CONFIRM) && pending.remove(token) != null) {
                publish(request, press);
            }
        } catch (MessengerUnavailableException | MessageRejectedException e) {
            log.warn("Could not answer a button press in chat {}: {}", press.chatId(), e.getMessage());
        }
    }

    private void publish(Pending request, BotUpdate.ButtonPress press) {
        String requestedBy = "telegram:" + press.userId();
        String strategy = request.strategyId().orElse(null);
        EventPayload command = request.action().equals("halt")
                ? new HaltTrading(strategy, requestedBy)
                : new ResumeTrading(strategy, requestedBy);
        try {
            publisher.publish(EventEnvelope.wrap(command, settings.source(), clock));
        } catch (CommandNotPublishedException e) {
            log.error("Could not publish {} requested by {}: {}", command.type(), requestedBy, e.getMessage());
            updates.answerButton(press.callbackId(), "Failed");
            notifier.send(
                    press.chatId(),
                    bold("Not sent") + ": RabbitMQ did not take the command; try again. " + e.getMessage());
            return;
        }
        log.info("Published {} for {} requested by {}", command.type(), scope(request.strategyId()), requestedBy);
        updates.answerButton(press.callbackId(), "Sent");
        notifier.send(
                press.chatId(),
                bold(request.action().equals("halt") ? "Halt" : "Resume") + " requested for "
                        + scope(request.strategyId()) + "; trading-service will confirm with an alert.");
    }

    private static String scope(Optional<String> strategyId) {
        return strategyId.map(id -> "strategy " + code(id)).orElse("all strategies");
    }

    private record Pending(String action, Optional<String> strategyId, long chatId, Instant expiresAt) {}
}
