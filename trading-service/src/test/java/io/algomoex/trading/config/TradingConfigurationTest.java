package io.algomoex.trading.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.trading.application.RiskSettings;
import io.algomoex.trading.application.TradingSettings;
import io.algomoex.trading.domain.RiskLimits;
import io.algomoex.trading.domain.TradingMode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TradingConfigurationTest {

    @Test
    void refusesLiveModeWithoutExplicitConfirmation() {
        AlorProperties ready = alor(Map.of(
                "algo.trading.alor.refresh-token", "secret-refresh-42", "algo.trading.alor.portfolio", "D39004"));
        assertThatThrownBy(() -> new TradingConfiguration()
                        .tradingSettings(strategyOn("live", "alor", false), ready, tinvest(Map.of())))
                .hasMessageContaining("refusing to start in live mode")
                .hasMessageContaining("ALGO_TRADING_LIVE_CONFIRMED=true");
    }

    @Test
    void refusesAnAlorStrategyWithoutARefreshTokenNamingTheVariable() {
        AlorProperties noToken = alor(Map.of("algo.trading.alor.portfolio", "D39004"));
        assertThatThrownBy(() -> new TradingConfiguration()
                        .tradingSettings(strategyOn("sandbox", "alor", false), noToken, tinvest(Map.of())))
                .hasMessageContaining("refusing to start in sandbox mode")
                .hasMessageContaining("ALGO_TRADING_ALOR_REFRESH_TOKEN");
    }

    @Test
    void startsSandboxAndConfirmedLiveWhenEveryBrokerIsConfiguredAndStreamsAlorBars() {
        AlorProperties ready = alor(Map.of(
                "algo.trading.alor.refresh-token", "secret-refresh-42", "algo.trading.alor.portfolio", "D39004"));
        TradingSettings sandbox = new TradingConfiguration()
                .tradingSettings(strategyOn("sandbox", "alor", false), ready, tinvest(Map.of()));
        TradingSettings live =
                new TradingConfiguration().tradingSettings(strategyOn("live", "alor", true), ready, tinvest(Map.of()));

        assertThat(sandbox.mode()).isEqualTo(TradingMode.SANDBOX);
        assertThat(live.mode()).isEqualTo(TradingMode.LIVE);
        assertThat(sandbox.isStreamed(sandbox.strategies().getFirst())).isTrue();
        assertThat(ready.dev().api()).isEqualTo("https://apidev.alor.ru");
        assertThat(ready.prod().ws()).isEqualTo("wss://api.alor.ru/ws");
        assertThat(ready.toString()).doesNotContain("secret-refresh-42");
    }

    @Test
    void refusesABrokerWithoutAGatewayAndAnyRealBrokerInPaperMode() {
        AlorProperties none = alor(Map.of());
        assertThatThrownBy(() -> new TradingConfiguration()
                        .tradingSettings(strategyOn("sandbox", "tinkoff", false), none, tinvest(Map.of())))
                .hasMessageContaining("'tinkoff', which has no gateway");
        assertThatThrownBy(() -> new TradingConfiguration()
                        .tradingSettings(strategyOn("paper", "alor", false), none, tinvest(Map.of())))
                .hasMessageContaining("paper mode trades through the paper broker only");
    }

    @Test
    void startsInPaperModeWithoutAnyBrokerSettings() {
        TradingSettings paper = new TradingConfiguration()
                .tradingSettings(strategyOn("paper", "paper", false), alor(Map.of()), tinvest(Map.of()));

        assertThat(paper.mode()).isEqualTo(TradingMode.PAPER);
        assertThat(paper.isStreamed(paper.strategies().getFirst())).isFalse();
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
    void mapsTheSessionCalendar() {
        RiskSettings risk = new TradingConfiguration().riskSettings(properties(Map.of(), true));

        assertThat(risk.calendar().isTradingDay(LocalDate.parse("2026-01-07"))).isFalse();
        assertThat(risk.calendar().isTradingDay(LocalDate.parse("2026-01-10"))).isTrue();
        assertThat(risk.calendar().isTradingDay(LocalDate.parse("2026-01-11"))).isFalse();
    }

    @Test
    void refusesADateThatIsNotIso() {
        TradingProperties properties = properties(Map.of(), true);
        TradingProperties.RiskProperties risk = properties.risk();
        TradingProperties broken = new TradingProperties(
                properties.broker(),
                properties.liveConfirmed(),
                properties.strategies(),
                properties.paper(),
                properties.capitalPerStrategy(),
                properties.amqp(),
                properties.outbox(),
                new TradingProperties.RiskProperties(
                        risk.strategy(),
                        risk.strategies(),
                        risk.account(),
                        true,
                        risk.sessions(),
                        new TradingProperties.SessionCalendarProperties(List.of("07.01.2026"), List.of())),
                properties.pnlUpdates(),
                properties.send(),
                properties.fills(),
                null);

        assertThatThrownBy(() -> new TradingConfiguration().riskSettings(broken))
                .hasMessageContaining("algo.trading.risk.session.non-trading-days holds '07.01.2026'");
    }

    @Test
    void bindsTheCalendarAndThePnlIntervalFromTheirPropertyNames() {
        TradingProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                        "algo.trading.risk.session.non-trading-days", "2026-01-01,2026-01-02",
                        "algo.trading.risk.session.trading-weekend-days[0]", "2026-01-10",
                        "algo.trading.pnl-updates.min-interval", "PT10S")))
                .bindOrCreate("algo.trading", TradingProperties.class);

        assertThat(bound.risk().session().nonTradingDays()).containsExactly("2026-01-01", "2026-01-02");
        assertThat(bound.risk().session().tradingWeekendDays()).containsExactly("2026-01-10");
        assertThat(bound.pnlUpdates().minInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(bound.pnlUpdates().flushInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of("algo.trading.broker.mode", "paper")))
                        .bindOrCreate("algo.trading", TradingProperties.class)
                        .pnlUpdates()
                        .minInterval())
                .isEqualTo(Duration.ofSeconds(5));
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
                new TradingProperties.AmqpProperties("trading.candles", "trading.commands"),
                new TradingProperties.OutboxProperties(
                        Duration.ofSeconds(1), 200, Duration.ofDays(7), Duration.ofHours(1)),
                new TradingProperties.RiskProperties(
                        limits,
                        overrides,
                        limits,
                        sessionHoursOnly,
                        List.of("10:00-18:50", "19:05-23:50"),
                        new TradingProperties.SessionCalendarProperties(List.of("2026-01-07"), List.of("2026-01-10"))),
                new TradingProperties.PnlUpdatesProperties(Duration.ofSeconds(5), Duration.ofSeconds(1)),
                new TradingProperties.SendProperties(
                        Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(2)),
                new TradingProperties.FillsProperties(Duration.ofMillis(500)),
                null);
    }

    private static TradingProperties strategyOn(String mode, String broker, boolean liveConfirmed) {
        return new Binder(new MapConfigurationPropertySource(Map.of(
                        "algo.trading.broker.mode",
                        mode,
                        "algo.trading.live-confirmed",
                        Boolean.toString(liveConfirmed),
                        "algo.trading.strategies[0].id",
                        "sber-sma",
                        "algo.trading.strategies[0].secid",
                        "SBER",
                        "algo.trading.strategies[0].timeframe",
                        "1h",
                        "algo.trading.strategies[0].broker",
                        broker)))
                .bindOrCreate("algo.trading", TradingProperties.class);
    }

    @Test
    void refusesATinvestStrategyWithoutATokenNamingTheVariable() {
        assertThatThrownBy(() -> new TradingConfiguration()
                        .tradingSettings(strategyOn("sandbox", "tinvest", false), alor(Map.of()), tinvest(Map.of())))
                .hasMessageContaining("refusing to start in sandbox mode")
                .hasMessageContaining("ALGO_TRADING_TINVEST_TOKEN");
    }

    @Test
    void needsATinvestAccountIdInLiveModeOnlyAndStreamsTinvestCandles() {
        TinvestProperties tokenOnly = tinvest(Map.of("algo.trading.tinvest.token", "t.secret-token-42"));
        TradingSettings sandbox = new TradingConfiguration()
                .tradingSettings(strategyOn("sandbox", "tinvest", false), alor(Map.of()), tokenOnly);
        assertThatThrownBy(() -> new TradingConfiguration()
                        .tradingSettings(strategyOn("live", "tinvest", true), alor(Map.of()), tokenOnly))
                .hasMessageContaining("ALGO_TRADING_TINVEST_ACCOUNT_ID");
        TinvestProperties live = tinvest(Map.of(
                "algo.trading.tinvest.token", "t.secret-token-42", "algo.trading.tinvest.account-id", "2000000000"));
        TradingSettings confirmed =
                new TradingConfiguration().tradingSettings(strategyOn("live", "tinvest", true), alor(Map.of()), live);

        assertThat(sandbox.isStreamed(sandbox.strategies().getFirst())).isTrue();
        assertThat(confirmed.mode()).isEqualTo(TradingMode.LIVE);
        assertThat(live.prod().rest()).isEqualTo("https://invest-public-api.tbank.ru/rest");
        assertThat(live.sandbox().rest()).isEqualTo("https://sandbox-invest-public-api.tbank.ru/rest");
        assertThat(live.prod().ws()).isEqualTo("wss://invest-public-api.tbank.ru/ws");
        assertThat(live.toString()).doesNotContain("secret-token-42");
    }

    private static TinvestProperties tinvest(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("algo.trading.tinvest", TinvestProperties.class);
    }

    private static AlorProperties alor(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("algo.trading.alor", AlorProperties.class);
    }
}
