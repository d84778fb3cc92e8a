package io.algomoex.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a strategy's buy or sell signal becomes an order size in units (shares or contracts). Closing orders always
 * take the whole filled position.
 */
public sealed interface Sizing {

    /** Units for a signal of {@code signalSize}, given the signal bar's close, account value and commission rate. */
    double units(double signalSize, double close, double value, double commissionRate);

    /** The fill price moved onto the instrument's price grid: up for buys, down for sells; unchanged without a grid. */
    double alignPrice(double price, boolean buy);

    /** Backtrader: the signal's size as is, fractional sizes allowed, no price grid. The default. */
    record AsSignalled() implements Sizing {

        @Override
        public double units(double signalSize, double close, double value, double commissionRate) {
            return signalSize;
        }

        @Override
        public double alignPrice(double price, boolean buy) {
            return price;
        }
    }

    /**
     * MOEX lots: the signal's size counts whole lots (fractions dropped), and fill prices sit on the price step.
     *
     * @param lotSize units per lot, at least 1 (SBER: 10)
     * @param priceStep minimum price step, positive (SBER: 0.01)
     */
    record Lots(int lotSize, BigDecimal priceStep) implements Sizing {

        public Lots {
            requireLotAndStep(lotSize, priceStep);
        }

        @Override
        public double units(double signalSize, double close, double value, double commissionRate) {
            return Math.floor(signalSize) * lotSize;
        }

        @Override
        public double alignPrice(double price, boolean buy) {
            return onGrid(price, priceStep, buy);
        }
    }

    /**
     * A share of the account value at the signal bar's close, rounded down to whole lots, with the commission of the
     * purchase included so that an all-in order passes Backtrader's cash check. The signal's own size is ignored.
     *
     * @param percent share of the account value, above 0 and at most 100
     * @param lotSize units per lot, at least 1
     * @param priceStep minimum price step, positive
     */
    record PercentOfEquity(double percent, int lotSize, BigDecimal priceStep) implements Sizing {

        public PercentOfEquity {
            if (!(percent > 0 && percent <= 100)) {
                throw new IllegalArgumentException("percent of equity must be in (0, 100], got " + percent);
            }
            requireLotAndStep(lotSize, priceStep);
        }

        @Override
        public double units(double signalSize, double close, double value, double commissionRate) {
            double budget = value * percent / 100.0;
            // A spent account buys nothing rather than a negative amount.
            return Math.max(0, Math.floor(budget / (close * lotSize * (1.0 + commissionRate)))) * lotSize;
        }

        @Override
        public double alignPrice(double price, boolean buy) {
            return onGrid(price, priceStep, buy);
        }
    }

    private static void requireLotAndStep(int lotSize, BigDecimal priceStep) {
        if (lotSize < 1) {
            throw new IllegalArgumentException("lot size must be at least 1, got " + lotSize);
        }
        if (priceStep == null || priceStep.signum() <= 0) {
            throw new IllegalArgumentException("price step must be positive, got " + priceStep);
        }
    }

    /** Decimal arithmetic, so that a price already on the grid (61.58 with step 0.01) stays exactly where it is. */
    private static double onGrid(double price, BigDecimal step, boolean buy) {
        BigDecimal steps = BigDecimal.valueOf(price).divide(step, 0, buy ? RoundingMode.CEILING : RoundingMode.FLOOR);
        return steps.multiply(step).doubleValue();
    }
}
