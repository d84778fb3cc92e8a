package io.algomoex.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.event.CandleClosed;
import io.algomoex.common.event.OrderCancelled;
import io.algomoex.common.event.OrderFilled;
import io.algomoex.common.event.OrderRejected;
import io.algomoex.common.event.PnlUpdated;
import io.algomoex.common.event.ServiceErrorOccurred;
import io.algomoex.common.event.TradingHalted;
import io.algomoex.common.market.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static final Instant AT = Instant.parse("2024-05-02T07:00:00Z");

    @Test
    void escapesEventTextForTelegramHtml() {
        AlertDraft draft = rules(true)
                .evaluate(new OrderRejected("c<1>", "sber-sma", "SBER", "TQBR", Side.BUY, 1, "cash < 0 & \"margin\""))
                .orElseThrow();

        assertThat(draft.rule()).isEqualTo(AlertRule.ORDER_REJECTED);
        assertThat(draft.text())
                .contains("reason: cash &lt; 0 &amp; &quot;margin&quot;", "<code>c&lt;1&gt;</code>")
                .doesNotContain("c<1>");
    }

    @Test
    void aCancelledOrderIsAnAlertOfItsOwnWithWhoCancelledIt() {
        AlertDraft draft = rules(true)
                .evaluate(new OrderCancelled("c-9", "sber-sma", "SBER", "TQBR", Side.SELL, 2, "cancelled by telegram"))
                .orElseThrow();

        assertThat(draft.rule()).isEqualTo(AlertRule.ORDER_CANCELLED);
        assertThat(draft.key()).isEqualTo("order-cancelled:c-9");
        assertThat(draft.text()).contains("Order cancelled", "SELL 2 lot(s)", "reason: cancelled by telegram");
        assertThat(rules(false)
                        .evaluate(new OrderCancelled("c-9", "sber-sma", "SBER", "TQBR", Side.SELL, 2, "by rest")))
                .isEmpty();
    }

    @Test
    void aggregationKeysGroupWhatFlapsAndSeparateWhatDoesNot() {
        AlertRules rules = rules(true);
        String first = rules.evaluate(new ServiceErrorOccurred("collector-service", "moex-iss", "timeout"))
                .orElseThrow()
                .key();
        String second = rules.evaluate(new ServiceErrorOccurred("collector-service", "moex-iss", "HTTP 502"))
                .orElseThrow()
                .key();
        String fill = rules.evaluate(
                        new OrderFilled("c-1", "s", "SBER", "TQBR", Side.SELL, 2, BigDecimal.TEN, BigDecimal.ZERO, AT))
                .orElseThrow()
                .key();

        assertThat(first).isEqualTo(second).isEqualTo("service-error:collector-service:moex-iss");
        assertThat(fill).startsWith("order-filled:c-1:");
    }

    @Test
    void disabledRulesRaiseNothing() {
        assertThat(rules(false).evaluate(new TradingHalted(null, "operator"))).isEmpty();
        assertThat(rules(false).evaluate(new ServiceErrorOccurred("a", "b", "c")))
                .isEmpty();
    }

    @Test
    void drawdownAlarmsFromTheThresholdUp() {
        AlertRules rules = rules(true);

        assertThat(rules.evaluate(pnl("0.0999"))).isEmpty();
        assertThat(rules.evaluate(pnl("0.10")))
                .hasValueSatisfying(draft -> assertThat(draft.text()).contains("10.00 %"));
    }

    @Test
    void eventsWithoutARuleRaiseNothing() {
        assertThat(rules(true)
                        .evaluate(new CandleClosed(
                                "SBER",
                                "TQBR",
                                "1m",
                                AT,
                                BigDecimal.ONE,
                                BigDecimal.ONE,
                                BigDecimal.ONE,
                                BigDecimal.ONE,
                                10)))
                .isEmpty();
    }

    @Test
    void staleCandlesNameTheSeriesAndTheSilence() {
        AlertDraft draft =
                rules(true).staleCandles(new SeriesKey("sber", "tqbr", "1m"), AT, AT.plus(Duration.ofMinutes(16)));

        assertThat(draft.key()).isEqualTo("candles-stale:SBER:TQBR:1m");
        assertThat(draft.text()).contains("SBER:TQBR:1m", "16 min");
    }

    private static PnlUpdated pnl(String drawdown) {
        return new PnlUpdated("sber-sma", BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(drawdown));
    }

    private static AlertRules rules(boolean enabled) {
        return new AlertRules(new RuleSettings(
                enabled,
                enabled,
                enabled,
                enabled,
                enabled,
                enabled,
                enabled,
                new BigDecimal("0.10"),
                enabled,
                enabled,
                Duration.ofMinutes(15),
                List.of(SeriesKey.parse("SBER:TQBR:1m")),
                enabled,
                enabled));
    }
}
