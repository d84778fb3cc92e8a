package io.algomoex.backtest.adapter.in.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.model.Sizing;
import java.math.BigDecimal;

/**
 * The account and execution a run traded with. The sizing fields appear only where the sizing has them: none for
 * {@code units}, lot size and price step for {@code lots}, all three for {@code percent-of-equity}.
 */
record SettingsJson(
        double cash,
        double commission,
        String fill,
        double slippageBps,
        String sizing,
        @JsonInclude(Include.NON_NULL) Double percentOfEquity,
        @JsonInclude(Include.NON_NULL) Integer lotSize,
        @JsonInclude(Include.NON_NULL) BigDecimal priceStep,
        boolean allowShort,
        double riskFreeRate) {

    static SettingsJson of(BacktestSettings settings) {
        String fill = settings.fillModel() == FillModel.NEXT_OPEN ? "next-open" : "signal-close";
        return switch (settings.sizing()) {
            case Sizing.AsSignalled ignored -> of(settings, fill, "units", null, null, null);
            case Sizing.Lots lots -> of(settings, fill, "lots", null, lots.lotSize(), lots.priceStep());
            case Sizing.PercentOfEquity percent ->
                of(settings, fill, "percent-of-equity", percent.percent(), percent.lotSize(), percent.priceStep());
        };
    }

    private static SettingsJson of(
            BacktestSettings settings,
            String fill,
            String sizing,
            Double percentOfEquity,
            Integer lotSize,
            BigDecimal priceStep) {
        return new SettingsJson(
                settings.initialCash(),
                settings.commissionRate(),
                fill,
                settings.slippageBps(),
                sizing,
                percentOfEquity,
                lotSize,
                priceStep,
                settings.allowShort(),
                settings.riskFreeRate());
    }
}
