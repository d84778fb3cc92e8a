package io.algomoex.trading.domain;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One strategy's position and its profit and loss, in exact decimals. Fills follow Backtrader's position rules: adding
 * averages the entry price, reducing keeps it, reversing starts a new average at the fill price.
 *
 * @param strategyId the strategy
 * @param instrument what it holds
 * @param units units held: positive long, negative short, zero flat
 * @param averagePrice average entry price per unit, zero when flat
 * @param grossRealised realised P&amp;L before commission, in roubles
 * @param commission commission paid so far, in roubles
 * @param markPrice last close the position was valued at, or {@code null} before the first candle
 * @param capital capital allotted to the strategy; the base of its equity and drawdown, positive
 * @param peakEquity highest equity seen, at least the capital
 * @param tradingDay Moscow trading day of the last mark, or {@code null}
 * @param totalAtDayStart total P&amp;L at the start of that day
 */
public record Position(
        String strategyId,
        Instrument instrument,
        long units,
        BigDecimal averagePrice,
        BigDecimal grossRealised,
        BigDecimal commission,
        BigDecimal markPrice,
        BigDecimal capital,
        BigDecimal peakEquity,
        LocalDate tradingDay,
        BigDecimal totalAtDayStart) {

    /** Average prices are quotients: ten decimals is far below any MOEX price step. */
    private static final int AVERAGE_SCALE = 10;

    private static final int DRAWDOWN_SCALE = 8;

    public Position {
        Objects.requireNonNull(strategyId, "strategyId is required");
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(averagePrice, "averagePrice is required");
        Objects.requireNonNull(grossRealised, "grossRealised is required");
        Objects.requireNonNull(commission, "commission is required");
        Objects.requireNonNull(totalAtDayStart, "totalAtDayStart is required");
        if (capital == null || capital.signum() <= 0) {
            throw new IllegalArgumentException("capital must be positive, got " + capital);
        }
        if (peakEquity == null || peakEquity.compareTo(capital) < 0) {
            throw new IllegalArgumentException("peak equity must be at least the capital, got " + peakEquity);
        }
        if (units == 0 && averagePrice.signum() != 0) {
            throw new IllegalArgumentException("a flat position has no average price");
        }
    }

    /** A strategy that has not traded yet. */
    public static Position flat(String strategyId, Instrument instrument, BigDecimal capital) {
        return new Position(
                strategyId,
                instrument,
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                capital,
                capital,
                null,
                BigDecimal.ZERO);
    }

    /** The position after a fill. */
    public Position apply(Execution execution) {
        long signed = execution.side().sign() * execution.units();
        long next = Math.addExact(units, signed);
        BigDecimal price = execution.price();
        BigDecimal realised = grossRealised;
        BigDecimal average;
        if (units == 0 || Long.signum(units) == Long.signum(signed)) {
            average = BigDecimal.valueOf(Math.abs(units))
                    .multiply(averagePrice)
                    .add(BigDecimal.valueOf(execution.units()).multiply(price))
                    .divide(BigDecimal.valueOf(Math.abs(next)), AVERAGE_SCALE, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
        } else {
            long closed = Math.min(Math.abs(units), execution.units());
            realised = realised.add(
                    price.subtract(averagePrice).multiply(BigDecimal.valueOf(closed * Long.signum(units))));
            average = next == 0 ? BigDecimal.ZERO : Long.signum(next) == Long.signum(units) ? averagePrice : price;
        }
        Position filled = new Position(
                strategyId,
                instrument,
                next,
                average,
                realised,
                commission.add(execution.commission()),
                markPrice,
                capital,
                peakEquity,
                tradingDay,
                totalAtDayStart);
        return filled.withPeak();
    }

    /** The position valued at a candle's close; a new Moscow day starts a new "today". */
    public Position markTo(BigDecimal close, Instant candleBegin) {
        LocalDate day = candleBegin.atZone(Timeframe.MOSCOW).toLocalDate();
        BigDecimal dayStart = day.equals(tradingDay) ? totalAtDayStart : totalPnl();
        return new Position(
                        strategyId,
                        instrument,
                        units,
                        averagePrice,
                        grossRealised,
                        commission,
                        close,
                        capital,
                        peakEquity,
                        day,
                        dayStart)
                .withPeak();
    }

    /** Realised P&amp;L net of every commission paid. */
    public BigDecimal realisedPnl() {
        return grossRealised.subtract(commission);
    }

    /** Open P&amp;L at the mark price; zero when flat or not yet marked. */
    public BigDecimal unrealisedPnl() {
        if (units == 0 || markPrice == null) {
            return BigDecimal.ZERO;
        }
        return markPrice.subtract(averagePrice).multiply(BigDecimal.valueOf(units));
    }

    public BigDecimal totalPnl() {
        return realisedPnl().add(unrealisedPnl());
    }

    public BigDecimal todayPnl() {
        return totalPnl().subtract(totalAtDayStart);
    }

    public BigDecimal equity() {
        return capital.add(totalPnl());
    }

    /** Drop from the equity peak as a fraction of the peak, from 0 to 1. */
    public BigDecimal drawdown() {
        BigDecimal drop = peakEquity.subtract(equity());
        if (drop.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal fraction = drop.divide(peakEquity, DRAWDOWN_SCALE, RoundingMode.HALF_EVEN);
        return fraction.min(BigDecimal.ONE);
    }

    private Position withPeak() {
        BigDecimal equity = equity();
        if (equity.compareTo(peakEquity) <= 0) {
            return this;
        }
        return new Position(
                strategyId,
                instrument,
                units,
                averagePrice,
                grossRealised,
                commission,
                markPrice,
                capital,
                equity,
                tradingDay,
                totalAtDayStart);
    }
}
