package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.BacktestSetup;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.model.Sizing;
import java.math.BigDecimal;

/** The engine's account settings from the request fields every run shares. */
final class AccountSettings {

    private AccountSettings() {}

    static BacktestSettings of(BacktestSetup setup) {
        BacktestSettings settings = BacktestSettings.backtrader(
                        setup.cash().doubleValue(), setup.commission().doubleValue())
                .withFillModel("signal-close".equals(setup.fill()) ? FillModel.SIGNAL_CLOSE : FillModel.NEXT_OPEN)
                .withSlippageBps(setup.slippageBps().doubleValue());
        if (setup.lotSize() != null) {
            BigDecimal step = setup.priceStep() != null ? setup.priceStep() : new BigDecimal("0.01");
            settings = settings.withSizing(new Sizing.Lots(setup.lotSize(), step));
        }
        return settings;
    }
}
