package io.algomoex.trading.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.trading.application.RiskSettings;
import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.TradingMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TradingConfigurationTest {

    @Test
    void refusesLiveModeWithoutExplicitConfirmation() {
        assertThatThrownBy(() -> TradingConfiguration.guardMode(TradingMode.LIVE, false))
                .hasMessageContaining("refusing to start in live mode")
                .hasMessageContaining("ALGO_TRADING_LIVE_CONFIRMED=true");
    }

    @Test
    void refusesModesThatHaveNoGatewayInThisVersion() {
        assertThatThrownBy(() -> TradingConfiguration.guardMode(TradingMode.SANDBOX, false))
                .hasMessageContaining("paper mode only");
        assertThatThrownBy(() -> TradingConfiguration.guardMode(TradingMode.LIVE, true))
                .hasMessageContaining("paper mode only");
    }

    @Test
    void startsInPaperMode() {
        assertThatCode(() -> TradingConfiguration.guardMode(TradingMode.PAPER, false))
                .doesNotThrowAnyException();
    }

    @Test
    void mapsRiskLimitsWithPerStrategyOverridesAndTheMoexSessions() {
        RiskSettings risk = new TradingConfiguration()
                .riskSettings(properties(
                        Map.of("sber-sma", new TradingProperties.LimitOverrides(null, 2L, null, null, null)), true));

        assertThat(risk.limitsOf("sber-sma"))
                .isEqualTo(new RiskLimits(100, 2, new BigDecimal("50000"), new BigDecimal("0.2"), 10));
        assertThat(risk.limitsOf("other").maxOrderLots()).isEqualTo(100);
        // 18:55 Moscow time falls between the main and the evening session; 19:05 opens the evening session.
        assertThat(risk.inSession(Instant.parse("2026-01-05T15:55:00Z"))).isFalse();
        assertThat(risk.inSession(Instant.parse("2026-01-05T16:05:00Z"))).isTrue();
        assertThat(risk.inSession(Instant.parse("2026-01-05T07:00:00Z"))).isTrue();
        assertThat(risk.inSession(Instant.parse("2026-01-05T06:59:00Z"))).isFalse();
    }

    @Test
    void tradesAtAnyTimeWhenSessionHoursAreOff() {
        RiskSettings risk = new TradingConfiguration().riskSettings(properties(Map.of(), false));

        assertThat(risk.sessions()).isEmpty();
        assertThat(risk.inSession(Instant.parse("2026-01-05T02:00:00Z"))).isTrue();
    }

    @Test
    void refusesRiskLimitsOfAnUnknownStrategy() {
        TradingProperties properties =
                properties(Map.of("nobody", new TradingProperties.LimitOverrides(1L, null, null, null, null)), true);

        assertThatThrownBy(() -> new TradingConfiguration().riskSettings(properties))
                .hasMessageContaining("algo.trading.risk.strategies.nobody names no configured strategy");
    }

    @Test
    void mapsTheMinimumIntervalOfPnlUpdates() {
        assertThat(new TradingConfiguration()
                        .pnlUpdateSettings(properties(Map.of(), true))
                        .minInterval())
                .isEqualTo(Duration.ofSeconds(5));
    }

    private static TradingProperties properties(
            Map<String, TradingProperties.LimitOverrides> overrides, boolean sessionHoursOnly) {
        TradingProperties.LimitProperties limits =
                new TradingProperties.LimitProperties(100, 100, new BigDecimal("50000"), new BigDecimal("0.2"), 10);
        return new TradingProperties(
                new TradingProperties.BrokerProperties("paper"),
                false,
                List.of(new TradingProperties.StrategyProperties(
                        "sber-sma", "SBER", "TQBR", "1h", "sma-cross", Map.of(), 1, 10, "paper")),
                new TradingProperties.PaperProperties(new BigDecimal("0.0005")),
                new BigDecimal("1000000"),
                new TradingProperties.AmqpProperties(
                        "trading.candles", "trading.candles.dlq", "trading.commands", "trading.commands.dlq"),
                new TradingProperties.OutboxProperties(Duration.ofSeconds(1), 200),
                new TradingProperties.RiskProperties(
                        limits, overrides, limits, sessionHoursOnly, List.of("10:00-18:50", "19:05-23:50")),
                new TradingProperties.PnlUpdatesProperties(Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }
}
