package io.algomoex.alerting.domain;

import java.util.Objects;

/** One update from the chat bot's long poll, reduced to what the bot acts on. */
public sealed interface BotUpdate {

    /** The id updates are confirmed by: the next poll asks for everything after it. */
    long updateId();

    /**
     * A text message.
     *
     * @param updateId the update's id
     * @param chatId the chat it was written in
     * @param userId the sender, or 0 when Telegram gives none (channel posts)
     * @param text the text
     */
    record Message(long updateId, long chatId, long userId, String text) implements BotUpdate {
        public Message {
            Objects.requireNonNull(text, "text is required");
        }
    }

    /**
     * A press on an inline keyboard button.
     *
     * @param updateId the update's id
     * @param callbackId the id to answer the press with
     * @param chatId the chat of the message carrying the button
     * @param userId who pressed it
     * @param data the button's callback data
     */
    record ButtonPress(long updateId, String callbackId, long chatId, long userId, String data) implements BotUpdate {
        public ButtonPress {
            Objects.requireNonNull(callbackId, "callbackId is required");
            Objects.requireNonNull(data, "data is required");
        }
    }

    /**
     * Anything the bot does not act on (edited messages, stickers, buttons without a chat); only confirmed.
     *
     * @param updateId the update's id
     */
    record Other(long updateId) implements BotUpdate {}
}
