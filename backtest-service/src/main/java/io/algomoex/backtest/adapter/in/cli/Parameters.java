package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.engine.model.BacktestSettings;
import io.algomoex.engine.model.BarSeries;
import io.algomoex.engine.model.FillModel;
import io.algomoex.engine.model.Sizing;

/** Describes the account settings and the bars of a run in words, for the text reports. */
final class Parameters {

    private Parameters() {}

    static String describe(BacktestSettings settings) {
        String sizing = switch (settings.sizing()) {
            case Sizing.AsSignalled ignored -> "sizes in units";
            case Sizing.Lots lots -> "sizes in lots of " + lots.lotSize() + ", price step " + lots.priceStep();
            case Sizing.PercentOfEquity percent ->
                TextFields.number(percent.percent(), 2) + " % of equity in lots of " + percent.lotSize();
        };
        return "Account: cash " + TextFields.money(settings.initialCash()) + ", commission "
                + TextFields.percent(settings.commissionRate() * 100) + ", fills at "
                + (settings.fillModel() == FillModel.NEXT_OPEN ? "next open" : "signal close")
                + (settings.slippageBps() > 0 ? ", slippage " + settings.slippageBps() + " bps" : "") + ", " + sizing
                + (settings.allowShort() ? ", shorts allowed" : ", long only");
    }

    static String describeBars(LoadedBars loaded) {
        BarSeries bars = loaded.bars();
        String timeframe = loaded.csv().timeframe() == null
                ? "timeframe unknown"
                : loaded.csv().timeframe().code();
        return String.format(
                "%,d bars (%s), %s .. %s Moscow time",
                bars.size(), timeframe, TextFields.time(bars.time(0)), TextFields.time(bars.time(bars.size() - 1)));
    }
}
