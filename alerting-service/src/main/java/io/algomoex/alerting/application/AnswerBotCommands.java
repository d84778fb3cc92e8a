package io.algomoex.alerting.application;

import io.algomoex.alerting.application.port.AlertMetrics;
import io.algomoex.alerting.application.port.BotOffsetStore;
import io.algomoex.alerting.application.port.ChatUpdates;
import io.algomoex.alerting.application.port.MessageRejectedException;
import io.algomoex.alerting.application.port.MessengerUnavailableException;
import io.algomoex.alerting.application.port.Notifier;
import io.algomoex.alerting.domain.BotCommand;
import io.algomoex.alerting.domain.BotUpdate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One round of the bot: fetches updates from the persisted offset, answers those from allowed chats, ignores and
 * counts the rest, and saves the offset after each update, so a restart neither loses nor repeats a command.
 */
@Service
public class AnswerBotCommands {

    private static final Logger log = LoggerFactory.getLogger(AnswerBotCommands.class);

    private final ChatUpdates updates;
    private final BotOffsetStore offsets;
    private final Notifier notifier;
    private final BotReplies replies;
    private final ConfirmTradingCommands confirmations;
    private final AlertMetrics metrics;
    private final BotSettings settings;

    AnswerBotCommands(
            ChatUpdates updates,
            BotOffsetStore offsets,
            Notifier notifier,
            BotReplies replies,
            ConfirmTradingCommands confirmations,
            AlertMetrics metrics,
            BotSettings settings) {
        this.updates = updates;
        this.offsets = offsets;
        this.notifier = notifier;
        this.replies = replies;
        this.confirmations = confirmations;
        this.metrics = metrics;
        this.settings = settings;
    }

    public void pollOnce() {
        List<BotUpdate> batch = updates.poll(offsets.nextOffset(), settings.pollTimeout());
        for (BotUpdate update : batch) {
            handle(update);
            offsets.saveNextOffset(update.updateId() + 1);
        }
    }

    private void handle(BotUpdate update) {
        switch (update) {
            case BotUpdate.Message message when allowed(message.chatId()) -> answer(message);
            case BotUpdate.ButtonPress press when allowed(press.chatId()) -> confirmations.pressed(press);
            case BotUpdate.Message message -> ignore(message.chatId());
            case BotUpdate.ButtonPress press -> ignore(press.chatId());
            case BotUpdate.Other other -> log.debug("Update {} is nothing the bot acts on", other.updateId());
        }
    }

    private boolean allowed(long chatId) {
        return settings.allowedChats().contains(chatId);
    }

    private void ignore(long chatId) {
        metrics.foreignUpdateIgnored();
        log.info("Ignored an update from chat {}, which is not in the allowed chats", chatId);
    }

    private void refuse(BotUpdate.Message message) {
        metrics.foreignUpdateIgnored();
        log.warn(
                "User {} in chat {} is not in algo.alerting.telegram.allowed-users; trading command refused",
                message.userId(),
                message.chatId());
        notifier.send(message.chatId(), "Only the configured operators may halt or resume trading.");
    }

    private void answer(BotUpdate.Message message) {
        BotCommand command = BotCommand.parse(message.text());
        try {
            switch (command) {
                case BotCommand.Halt halt when !settings.mayChangeTrading(message.userId()) -> refuse(message);
                case BotCommand.Resume resume when !settings.mayChangeTrading(message.userId()) -> refuse(message);
                case BotCommand.Halt halt -> confirmations.ask(message.chatId(), halt);
                case BotCommand.Resume resume -> confirmations.ask(message.chatId(), resume);
                default -> notifier.send(message.chatId(), replies.answer(command));
            }
        } catch (MessengerUnavailableException | MessageRejectedException e) {
            // A lost reply is not retried: the operator sees no answer and asks again, and an old answer
            // arriving minutes later would be misleading.
            log.warn("Could not answer {} in chat {}: {}", command, message.chatId(), e.getMessage());
        }
    }
}
