package io.algomoex.backtest.application;

import io.algomoex.backtest.domain.BacktestRequest;
import io.algomoex.backtest.domain.InvalidBacktestRequestException;
import io.algomoex.backtest.engine.BacktestSettings;
import io.algomoex.backtest.engine.Objective;
import io.algomoex.backtest.engine.ParameterRange;
import io.algomoex.backtest.engine.SweepSettings;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A grid sweep of the SMA cross strategy over stored candles: the market and account fields of a backtest, the fast
 * and slow ranges, and how to rank. Combinations with {@code fast >= slow} are skipped and not counted.
 *
 * @param instrument the instrument
 * @param timeframe candle timeframe
 * @param from first Moscow trading day, inclusive
 * @param till last Moscow trading day, inclusive
 * @param strategy {@code sma-cross}
 * @param cash starting cash in roubles, positive
 * @param commission commission per fill as a fraction of traded value, zero or more
 * @param size units bought on an up-cross (lots when {@code lotSize} is set), positive
 * @param fill {@code next-open} or {@code signal-close}
 * @param slippageBps adverse slippage in basis points, zero or more
 * @param lotSize MOEX lot size for lot sizing, or {@code null}
 * @param priceStep MOEX price step, or {@code null}
 * @param fast fast periods
 * @param slow slow periods
 * @param objective what to maximise
 * @param minTrades combinations with fewer closed trades are left out of the ranking, zero or more
 * @param top how many best combinations to keep, 1 to {@value #MAX_TOP}
 */
public record SweepRequest(
        Instrument instrument,
        Timeframe timeframe,
        LocalDate from,
        LocalDate till,
        String strategy,
        BigDecimal cash,
        BigDecimal commission,
        BigDecimal size,
        String fill,
        BigDecimal slippageBps,
        Integer lotSize,
        BigDecimal priceStep,
        ParameterRange fast,
        ParameterRange slow,
        Objective objective,
        int minTrades,
        int top) {

    public static final int MAX_TOP = 1000;

    /** The largest grid accepted, counting every fast x slow pair. */
    public static final int MAX_COMBINATIONS = 1_000_000;

    public SweepRequest {
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        require(from != null, "from", "is required");
        require(till != null, "till", "is required");
        require(!till.isBefore(from), "till", "must not be before from");
        require(BacktestRequest.SMA_CROSS.equals(strategy), "strategy", "must be sma-cross, got '" + strategy + "'");
        require(cash != null && cash.signum() > 0, "cash", "must be positive, got " + cash);
        require(commission != null && commission.signum() >= 0, "commission", "must be zero or more");
        require(size != null && size.signum() > 0, "size", "must be positive, got " + size);
        require("next-open".equals(fill) || "signal-close".equals(fill), "fill", "must be next-open or signal-close");
        require(slippageBps != null && slippageBps.signum() >= 0, "slippageBps", "must be zero or more");
        require(lotSize == null || lotSize > 0, "lotSize", "must be positive");
        require(priceStep == null || priceStep.signum() > 0, "priceStep", "must be positive");
        require(fast != null, "grid.fast", "is required");
        require(slow != null, "grid.slow", "is required");
        require(objective != null, "objective", "is required");
        require(minTrades >= 0, "minTrades", "must be zero or more, got " + minTrades);
        require(top >= 1 && top <= MAX_TOP, "top", "must be between 1 and " + MAX_TOP + ", got " + top);
        require(
                (long) fast.values().length * slow.values().length <= MAX_COMBINATIONS,
                "grid",
                "has more than " + MAX_COMBINATIONS + " combinations: fast " + fast + ", slow " + slow);
        require(
                combinations(fast, slow) > 0,
                "grid",
                "has no combination with fast < slow: fast " + fast + ", slow " + slow);
    }

    /** The number of {@code fast < slow} combinations. */
    public int combinations() {
        return combinations(fast, slow);
    }

    /** The engine's account and execution settings. */
    public BacktestSettings settings() {
        return AccountSettings.of(cash, commission, fill, slippageBps, lotSize, priceStep);
    }

    /** The engine's sweep settings, computing on {@code threads} threads. */
    public SweepSettings sweepSettings(int threads) {
        return new SweepSettings(fast, slow, size.doubleValue(), objective, top, minTrades, threads);
    }

    private static int combinations(ParameterRange fast, ParameterRange slow) {
        // The same count the engine makes; only for this request's validation it must not throw.
        return Math.toIntExact(new SweepSettings(fast, slow, 1, Objective.FINAL_VALUE, 1, 0, 1).combinations());
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidBacktestRequestException(field, field + " " + message);
        }
    }
}
