package io.algomoex.backtest.application;

import io.algomoex.backtest.engine.BacktestSettings;
import io.algomoex.backtest.engine.FillModel;
import io.algomoex.backtest.engine.Sizing;
import java.math.BigDecimal;

/** The engine's account settings from the request fields every run shares. */
final class AccountSettings {

    private AccountSettings() {}

    static BacktestSettings of(
            BigDecimal cash,
            BigDecimal commission,
            String fill,
            BigDecimal slippageBps,
            Integer lotSize,
            BigDecimal priceStep) {
        BacktestSettings settings = BacktestSettings.backtrader(cash.doubleValue(), commission.doubleValue())
                .withFillModel("signal-close".equals(fill) ? FillModel.SIGNAL_CLOSE : FillModel.NEXT_OPEN)
                .withSlippageBps(slippageBps.doubleValue());
        if (lotSize != null) {
            BigDecimal step = priceStep != null ? priceStep : new BigDecimal("0.01");
            settings = settings.withSizing(new Sizing.Lots(lotSize, step));
        }
        return settings;
    }
}
