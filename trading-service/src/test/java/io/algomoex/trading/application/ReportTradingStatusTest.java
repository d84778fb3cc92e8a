package io.algomoex.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Quantity;
import io.algomoex.common.market.Timeframe;
import io.algomoex.trading.application.port.HaltStore;
import io.algomoex.trading.domain.StrategyDefinition;
import io.algomoex.trading.domain.TradingMode;
import io.algomoex.trading.domain.TradingStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTradingStatusTest {

    private final Map<String, String> halted = new HashMap<>();
    private final HaltStore halts = new InMemoryHaltStore(halted);
    private final TradingSettings settings =
            new TradingSettings(TradingMode.PAPER, List.of(strategy("sber-sma"), strategy("gazp-sma")));
    private final InMemoryCandleProgressStore progress = new InMemoryCandleProgressStore();
    private final ReportTradingStatus report = new ReportTradingStatus(settings, halts, progress);

    private static StrategyDefinition strategy(String id) {
        return new StrategyDefinition(
                id,
                new Instrument("SBER", "TQBR"),
                Timeframe.H1,
                "sma-cross",
                Map.of("fast", "20", "slow", "50"),
                Quantity.ofLots(1),
                1,
                "paper");
    }

    @Test
    void reportsNothingHaltedByDefault() {
        TradingStatus status = report.report();

        assertThat(status.mode()).isEqualTo(TradingMode.PAPER);
        assertThat(status.accountHalted()).isFalse();
        assertThat(status.strategies())
                .extracting(TradingStatus.StrategyStatus::halted)
                .containsExactly(false, false);
    }

    @Test
    void aStrategyHaltIsItsOwn() {
        halted.put("gazp-sma", "max-drawdown");

        TradingStatus status = report.report();

        assertThat(status.strategies())
                .extracting(TradingStatus.StrategyStatus::haltReason)
                .containsExactly(null, "max-drawdown");
    }

    @Test
    void anAccountHaltCoversEveryStrategy() {
        halted.put(HaltStore.ACCOUNT, "operator");

        TradingStatus status = report.report();

        assertThat(status.accountHalted()).isTrue();
        assertThat(status.strategies())
                .extracting(TradingStatus.StrategyStatus::haltReason)
                .containsExactly("operator", "operator");
    }

    @Test
    void reportsTheLastCandleEachStrategyActedOn() {
        progress.record("gazp-sma", Instant.parse("2026-01-05T07:00:00Z"));

        assertThat(report.report().strategies())
                .extracting(TradingStatus.StrategyStatus::lastCandle)
                .containsExactly(null, Instant.parse("2026-01-05T07:00:00Z"));
    }

    @Test
    void rejectsDuplicateStrategyIds() {
        assertThatThrownBy(() -> new TradingSettings(TradingMode.PAPER, List.of(strategy("a"), strategy("a"))))
                .hasMessageContaining("configured twice");
    }
}
