package io.algomoex.alerting.adapter.out.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramTextTest {

    @Test
    void leavesTextWithinTheLimitAlone() {
        String text = "<b>Filled</b> " + "x".repeat(4000);

        assertThat(TelegramText.cut(text)).isSameAs(text);
    }

    @Test
    void countsEntitiesAsOneCharacterAndTagsAsNone() {
        assertThat(TelegramText.visibleLength("<b>a &amp; b</b>")).isEqualTo(5);
    }

    @Test
    void cutsAt4096VisibleCharactersClosingOpenTags() {
        String text = "<b>head</b>\n<code>" + "&lt;".repeat(5000) + "</code>";

        String cut = TelegramText.cut(text);

        assertThat(TelegramText.visibleLength(cut)).isEqualTo(4096);
        assertThat(cut).endsWith("&lt;…</code>").startsWith("<b>head</b>");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "a" + "😀".repeat(3000);

        String cut = TelegramText.cut(text, 10);

        assertThat(cut).isEqualTo("a" + "😀".repeat(4) + "…");
        assertThat(TelegramText.visibleLength(cut)).isLessThanOrEqualTo(10);
    }
}
