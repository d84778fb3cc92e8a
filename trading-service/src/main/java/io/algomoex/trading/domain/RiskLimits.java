package io.algomoex.trading.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The risk limits of one strategy, or of the whole account. An order that would break one is rejected with the rule's
 * name; a loss or drawdown at its limit also halts the scope.
 *
 * @param maxPositionLots largest absolute position in lots the order may leave, at least 1
 * @param maxOrderLots largest single order in lots, at least 1
 * @param maxDailyLoss largest loss since the start of the Moscow trading day in roubles, positive
 * @param maxDrawdown largest drop from the equity peak as a fraction of the peak, above 0 and at most 1
 * @param maxOrdersPerMinute most orders in any 60 seconds, at least 1
 */
public record RiskLimits(
        long maxPositionLots,
        long maxOrderLots,
        BigDecimal maxDailyLoss,
        BigDecimal maxDrawdown,
        int maxOrdersPerMinute) {

    public static final String MAX_POSITION = "max-position";
    public static final String MAX_ORDER_SIZE = "max-order-size";
    public static final String MAX_DAILY_LOSS = "max-daily-loss";
    public static final String MAX_DRAWDOWN = "max-drawdown";
    public static final String MAX_ORDERS_PER_MINUTE = "max-orders-per-minute";
    public static final String SESSION_HOURS = "session-hours";

    public RiskLimits {
        Objects.requireNonNull(maxDailyLoss, "maxDailyLoss is required");
        Objects.requireNonNull(maxDrawdown, "maxDrawdown is required");
        if (maxPositionLots < 1 || maxOrderLots < 1 || maxOrdersPerMinute < 1) {
            throw new IllegalArgumentException("position, order size and orders per minute limits must be at least 1,"
                    + " got " + maxPositionLots + ", " + maxOrderLots + ", " + maxOrdersPerMinute);
        }
        if (maxDailyLoss.signum() <= 0) {
            throw new IllegalArgumentException("max daily loss must be positive, got " + maxDailyLoss);
        }
        if (maxDrawdown.signum() <= 0 || maxDrawdown.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("max drawdown must be a fraction in (0, 1], got " + maxDrawdown);
        }
    }

    /** True when a loss of {@code todayPnl} (negative is a loss) has reached the daily limit. */
    public boolean dailyLossReached(BigDecimal todayPnl) {
        return todayPnl.negate().compareTo(maxDailyLoss) >= 0;
    }

    public boolean drawdownReached(BigDecimal drawdown) {
        return drawdown.compareTo(maxDrawdown) >= 0;
    }
}
