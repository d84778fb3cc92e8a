package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.market.Timeframe;
import io.algomoex.engine.metrics.Metrics;
import io.algomoex.engine.model.OrderRecord;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting for the text reports: money with two decimals and thousands separators, Moscow times. */
final class TextFields {

    private static final DateTimeFormatter MOSCOW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TextFields() {}

    static String time(Instant instant) {
        return MOSCOW_TIME.format(instant.atZone(Timeframe.MOSCOW));
    }

    static String money(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.2f", value) : "n/a";
    }

    static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "n/a";
    }

    /** A size: whole numbers without decimals, fractional ones (Backtrader allows them) with up to four. */
    static String size(double value) {
        return value == Math.rint(value) ? number(value, 0) : String.format(Locale.ROOT, "%.4f", value);
    }

    static String percent(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f %%", value) : "n/a";
    }

    /** The metrics block, one figure a line. */
    static String metrics(Metrics metrics) {
        return String.join(
                System.lineSeparator(),
                "Total return      " + percent(metrics.totalReturnPercent()),
                "CAGR              " + percent(metrics.cagrPercent()),
                "Sharpe (ann.)     " + number(metrics.sharpe(), 2),
                "Sortino (ann.)    " + number(metrics.sortino(), 2),
                "Max drawdown      " + percent(metrics.maxDrawdownPercent()) + ", " + money(metrics.maxDrawdownMoney())
                        + ", longest " + metrics.maxDrawdownBars() + " bars",
                "Trades            " + metrics.trades() + ", win rate " + percent(metrics.winRatePercent()),
                "Profit factor     " + number(metrics.profitFactor(), 2),
                "Average trade     " + money(metrics.averageTrade()),
                "Exposure          " + percent(metrics.exposurePercent()),
                "Commission paid   " + money(metrics.commissionPaid()));
    }

    static String order(OrderRecord order) {
        String line = String.format(
                Locale.ROOT,
                "%s  %-4s %10s @ %12s  comm %10s  %s",
                time(order.time()),
                order.side(),
                size(order.size()),
                number(order.price(), 4),
                number(order.commission(), 4),
                order.status());
        return order.reason() == null ? line : line + " (" + order.reason() + ")";
    }
}
