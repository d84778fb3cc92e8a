package io.algomoex.collector.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.collector.domain.MalformedSourceBodyException;
import io.algomoex.collector.domain.SourceRefusedException;
import io.algomoex.collector.domain.SourceUnavailableException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The meaning of one answer; the nginx page is the stock one named in {@link SourceRetryPolicyTest}. */
class SourceReplyRulesTest {

    static final String URL = "http://iss.invalid/iss/securities/SBER.json";
    static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");

    @Test
    void aServerErrorIsTransientEvenWhenItsHtmlLooksLikeALoginPage() {
        SourceReply reply = new SourceReply(503, "text/html", "<html><form>Login: <input type=\"password\">", null);

        assertThatThrownBy(() -> SourceReplyRules.body("MOEX ISS", reply, URL, NOW))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage("HTTP 503, an HTML page");
    }

    @Test
    void anHtmlPageOnA200IsALoginPageOnlyWhenItAsksForCredentials() {
        SourceReply login =
                new SourceReply(200, "text/html", "<html><input type=\"password\" name=\"p\"></html>", null);
        SourceReply maintenance =
                new SourceReply(200, "", "<!DOCTYPE html><html><body>Ведутся технические работы</body></html>", null);

        assertThatThrownBy(() -> SourceReplyRules.body("MOEX ISS", login, URL, NOW))
                .isInstanceOf(SourceRefusedException.class)
                .hasMessageContaining("login page");
        assertThatThrownBy(() -> SourceReplyRules.body("MOEX ISS", maintenance, URL, NOW))
                .isInstanceOf(MalformedSourceBodyException.class)
                .hasMessageContaining("an HTML page instead of data for " + URL);
    }

    @Test
    void aJsonBodyOnA200IsPassedOnUnread() {
        SourceReply reply = new SourceReply(200, "application/json", "{\"boards\": {}}", null);

        assertThat(SourceReplyRules.body("MOEX ISS", reply, URL, NOW)).isEqualTo("{\"boards\": {}}");
    }

    @Test
    void readsRetryAfterAsSecondsOrDateAndIgnoresWhatItCannotRead() {
        assertThat(SourceReplyRules.retryAfter("120", NOW)).contains(Duration.ofMinutes(2));
        assertThat(SourceReplyRules.retryAfter("Thu, 03 Dec 2026 07:01:30 GMT", NOW))
                .contains(Duration.ofSeconds(90));
        assertThat(SourceReplyRules.retryAfter("Thu, 03 Dec 2026 06:00:00 GMT", NOW))
                .contains(Duration.ZERO);
        assertThat(SourceReplyRules.retryAfter("soon", NOW)).isEmpty();
        assertThat(SourceReplyRules.retryAfter("-5", NOW)).isEmpty();
        assertThat(SourceReplyRules.retryAfter(null, NOW)).isEmpty();
    }
}
