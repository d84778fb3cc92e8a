package io.algomoex.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BotCommandTest {

    @Test
    void parsesCommandsWithAndWithoutArguments() {
        assertThat(BotCommand.parse("/status")).isInstanceOf(BotCommand.Status.class);
        assertThat(BotCommand.parse("/halt")).isEqualTo(new BotCommand.Halt(Optional.empty()));
        assertThat(BotCommand.parse("/halt  SBER-sma ")).isEqualTo(new BotCommand.Halt(Optional.of("sber-sma")));
        assertThat(BotCommand.parse("/resume gazp")).isEqualTo(new BotCommand.Resume(Optional.of("gazp")));
    }

    @Test
    void dropsTheBotNameGroupClientsAppend() {
        assertThat(BotCommand.parse("/pnl@algomoex_bot")).isInstanceOf(BotCommand.Pnl.class);
    }

    @Test
    void refusesUnknownCommandsAndOddStrategyIds() {
        assertThat(BotCommand.parse("/sell")).isEqualTo(new BotCommand.Invalid("unknown command /sell"));
        assertThat(BotCommand.parse("/halt <b>")).isInstanceOf(BotCommand.Invalid.class);
        assertThat(BotCommand.parse("hello")).isInstanceOf(BotCommand.Invalid.class);
    }
}
