package io.algomoex.backtest.domain;

import static io.algomoex.backtest.domain.InvalidBacktestRequestException.require;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The market and account fields a backtest, a sweep and a walk-forward analysis share: which candles to replay, the
 * strategy by name, and the account and execution it trades with.
 *
 * @param instrument the instrument
 * @param timeframe candle timeframe
 * @param from first Moscow trading day, inclusive
 * @param till last Moscow trading day, inclusive
 * @param strategy strategy name; {@code sma-cross} is the one this version runs
 * @param cash starting cash in roubles, positive
 * @param commission commission per fill as a fraction of traded value, zero or more
 * @param size units bought on an up-cross (lots when {@code lotSize} is set), positive
 * @param fill {@code next-open} (Backtrader's default) or {@code signal-close}
 * @param slippageBps adverse slippage in basis points, zero or more
 * @param lotSize MOEX lot size for lot sizing, or {@code null} to trade {@code size} units
 * @param priceStep MOEX price step slipped prices are moved onto, or {@code null}
 */
public record BacktestSetup(
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
        BigDecimal priceStep) {

    public static final String SMA_CROSS = "sma-cross";

    public BacktestSetup {
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        require(from != null, "from", "is required");
        require(till != null, "till", "is required");
        require(!till.isBefore(from), "till", "must not be before from");
        require(SMA_CROSS.equals(strategy), "strategy", "must be sma-cross, got '" + strategy + "'");
        require(cash != null && cash.signum() > 0, "cash", "must be positive, got " + cash);
        require(commission != null && commission.signum() >= 0, "commission", "must be zero or more");
        require(size != null && size.signum() > 0, "size", "must be positive, got " + size);
        require("next-open".equals(fill) || "signal-close".equals(fill), "fill", "must be next-open or signal-close");
        require(slippageBps != null && slippageBps.signum() >= 0, "slippageBps", "must be zero or more");
        require(lotSize == null || lotSize > 0, "lotSize", "must be positive");
        require(priceStep == null || priceStep.signum() > 0, "priceStep", "must be positive");
    }

    /** The first instant of the range: {@code from} at midnight in Moscow. */
    public Instant start() {
        return from.atStartOfDay(Timeframe.MOSCOW).toInstant();
    }

    /** The end of the range, exclusive: the Moscow midnight after {@code till}. */
    public Instant end() {
        return till.plusDays(1).atStartOfDay(Timeframe.MOSCOW).toInstant();
    }
}
