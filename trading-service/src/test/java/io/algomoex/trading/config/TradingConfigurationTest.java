package io.algomoex.trading.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.trading.domain.TradingMode;
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
}
