package io.algomoex.engine.metrics;

/**
 * Performance figures of one run. Percentages are in percent (12.5 means 12.5 %); money is in the account currency;
 * {@code NaN} means undefined (no trades, no losing trade, flat returns, a zero-length period).
 *
 * @param totalReturnPercent {@code 100 * (finalValue / initialCash - 1)}
 * @param cagrPercent compound annual growth: {@code 100 * ((finalValue / initialCash)^(1 / years) - 1)}, years from
 *     the first to the last bar's start at 365.25 days a year
 * @param sharpe annualised Sharpe ratio of daily returns: mean over population standard deviation of (return minus
 *     risk-free per period), times the square root of the periods per year (252 for intraday and daily bars)
 * @param sortino as Sharpe, with the root mean square of the negative excess returns as the denominator
 * @param maxDrawdownPercent Backtrader's {@code DrawDown}: largest {@code 100 * (peak - value) / peak} over all bars
 * @param maxDrawdownMoney largest {@code peak - value} over all bars
 * @param maxDrawdownBars longest run of consecutive bars below the running peak
 * @param trades closed trades
 * @param winRatePercent share of closed trades with positive net profit
 * @param profitFactor net profit of winning trades over net loss of losing trades
 * @param averageTrade mean net profit per closed trade
 * @param exposurePercent share of bars that closed with an open position
 * @param commissionPaid commission of all fills
 */
public record Metrics(
        double totalReturnPercent,
        double cagrPercent,
        double sharpe,
        double sortino,
        double maxDrawdownPercent,
        double maxDrawdownMoney,
        int maxDrawdownBars,
        int trades,
        double winRatePercent,
        double profitFactor,
        double averageTrade,
        double exposurePercent,
        double commissionPaid) {

    public Metrics {
        if (trades < 0 || maxDrawdownBars < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Total return over maximum drawdown; NaN without a drawdown. */
    public double returnOverMaxDrawdown() {
        return maxDrawdownPercent == 0 ? Double.NaN : totalReturnPercent / maxDrawdownPercent;
    }

    public Metrics withExposurePercent(double exposure) {
        return new Metrics(
                totalReturnPercent,
                cagrPercent,
                sharpe,
                sortino,
                maxDrawdownPercent,
                maxDrawdownMoney,
                maxDrawdownBars,
                trades,
                winRatePercent,
                profitFactor,
                averageTrade,
                exposure,
                commissionPaid);
    }

    public static Metrics of(
            double initialCash,
            double finalValue,
            double years,
            int periodsPerYear,
            int bars,
            EquityStatistics equity,
            TradeStatistics trades,
            double commissionPaid) {
        double growth = finalValue / initialCash;
        double cagr = years > 0 && growth > 0 ? 100.0 * (Math.pow(growth, 1.0 / years) - 1.0) : Double.NaN;
        return new Metrics(
                100.0 * (growth - 1.0),
                cagr,
                equity.sharpe(periodsPerYear),
                equity.sortino(periodsPerYear),
                equity.maxDrawdownPercent(),
                equity.maxDrawdownMoney(),
                equity.maxDrawdownBars(),
                trades.trades(),
                trades.winRatePercent(),
                trades.profitFactor(),
                trades.averageTrade(),
                equity.exposurePercent(bars),
                commissionPaid);
    }
}
