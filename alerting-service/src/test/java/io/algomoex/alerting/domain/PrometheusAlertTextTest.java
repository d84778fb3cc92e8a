package io.algomoex.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrometheusAlertTextTest {

    private static final Instant START = Instant.parse("2026-12-03T07:10:00Z");
    private static final Map<String, String> LABELS =
            Map.of("alertname", "TradingDrawdownHigh", "severity", "warning", "strategy", "sber-sma", "secid", "SBER");
    private static final Map<String, String> ANNOTATIONS =
            Map.of("summary", "sber-sma drawdown 12 % > 10 %", "description", "equity <fell> & stayed");

    @Test
    void aFiringAlertShowsItsNameSeveritySummaryLabelsAndStartEscaped() {
        AlertDraft draft = PrometheusAlertText.draft(alert(true, Optional.empty()));

        assertThat(draft.rule()).isEqualTo(AlertRule.PROMETHEUS);
        assertThat(draft.key()).isEqualTo("prometheus:TradingDrawdownHigh:0a1b2c3d:1796281800:firing");
        assertThat(draft.text())
                .isEqualTo("<b>FIRING</b> <code>TradingDrawdownHigh</code> (warning)\n"
                        + "sber-sma drawdown 12 % &gt; 10 %\n"
                        + "equity &lt;fell&gt; &amp; stayed\n"
                        + "<code>secid=SBER strategy=sber-sma</code>\n"
                        + "since 2026-12-03T07:10:00Z");
    }

    @Test
    void aResolvedAlertHasAKeyOfItsOwnAndSaysHowLongItFired() {
        AlertDraft draft = PrometheusAlertText.draft(alert(false, Optional.of(Instant.parse("2026-12-03T08:40:30Z"))));

        assertThat(draft.key()).isEqualTo("prometheus:TradingDrawdownHigh:0a1b2c3d:1796281800:resolved");
        assertThat(draft.text())
                .startsWith("<b>RESOLVED</b> <code>TradingDrawdownHigh</code>\n")
                .endsWith("after 90 min (2026-12-03T07:10:00Z to 2026-12-03T08:40:30Z)");
    }

    @Test
    void theSameEpisodeHasTheSameIdentityAndANewStartANewOne() {
        PrometheusAlert firing = alert(true, Optional.empty());
        PrometheusAlert later =
                new PrometheusAlert(true, LABELS, ANNOTATIONS, START.plusSeconds(3600), Optional.empty(), "0a1b2c3d");

        assertThat(firing.identity()).isEqualTo(alert(true, Optional.empty()).identity());
        assertThat(firing.identity())
                .isNotEqualTo(alert(false, Optional.empty()).identity())
                .isNotEqualTo(later.identity());
    }

    @Test
    void anAlertNeedsANameAndAFingerprint() {
        assertThatThrownBy(() -> new PrometheusAlert(true, Map.of(), Map.of(), START, Optional.empty(), "f"))
                .hasMessage("labels.alertname is required");
        assertThatThrownBy(() -> new PrometheusAlert(true, LABELS, Map.of(), START, Optional.empty(), " "))
                .hasMessage("fingerprint is required");
    }

    private static PrometheusAlert alert(boolean firing, Optional<Instant> endsAt) {
        return new PrometheusAlert(firing, LABELS, ANNOTATIONS, START, endsAt, "0a1b2c3d");
    }
}
