package io.algomoex.alerting.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A command an operator sent to the bot, parsed from the message text. */
public sealed interface BotCommand {

    Pattern STRATEGY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    record Status() implements BotCommand {}

    record Pnl() implements BotCommand {}

    record Positions() implements BotCommand {}

    /** @param strategyId the strategy, or empty for the whole account */
    record Halt(Optional<String> strategyId) implements BotCommand {}

    /** @param strategyId the strategy, or empty for the whole account */
    record Resume(Optional<String> strategyId) implements BotCommand {}

    record Alerts() implements BotCommand {}

    record Help() implements BotCommand {}

    /** @param problem what is wrong with the text, for the reply */
    record Invalid(String problem) implements BotCommand {}

    /**
     * Parses {@code /name [argument]}. In groups Telegram clients send {@code /name@BotName}; the suffix is dropped.
     */
    static BotCommand parse(String text) {
        if (text == null || !text.startsWith("/")) {
            return new Invalid("commands start with /");
        }
        String[] words = text.strip().split("\\s+");
        String name = words[0].substring(1).toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        Optional<String> argument =
                words.length > 1 ? Optional.of(words[1].toLowerCase(Locale.ROOT)) : Optional.empty();
        if (argument.isPresent() && !STRATEGY_ID.matcher(argument.get()).matches()) {
            return new Invalid("a strategy id is lower-case letters, digits and '-'");
        }
        return switch (name) {
            case "status" -> new Status();
            case "pnl" -> new Pnl();
            case "positions" -> new Positions();
            case "halt" -> new Halt(argument);
            case "resume" -> new Resume(argument);
            case "alerts" -> new Alerts();
            case "help", "start" -> new Help();
            default -> new Invalid("unknown command /" + name);
        };
    }
}
