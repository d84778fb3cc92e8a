package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.trading.application.port.OrderRejectedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What T-Invest says about one instrument ({@code Share} of {@code ShareBy}): its ids, lot, price step and the flags
 * that decide whether the API may trade it.
 */
record TinvestShare(
        Instrument instrument,
        String uid,
        String figi,
        long lot,
        BigDecimal minPriceIncrement,
        boolean apiTradeAvailable,
        boolean buyAvailable,
        boolean sellAvailable) {

    /** A limit price on the step, rounded towards the passive side (down for a buy, up for a sell). */
    BigDecimal align(Side side, BigDecimal price) {
        BigDecimal aligned = price.divide(
                        minPriceIncrement, 0, side == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING)
                .multiply(minPriceIncrement);
        if (aligned.signum() <= 0) {
            throw new OrderRejectedException("limit price " + price.toPlainString() + " is below the price step "
                    + minPriceIncrement.toPlainString() + " of " + instrument);
        }
        return aligned;
    }

    /** Refuses before sending what T-Invest would refuse for good (error 30052 and the side flags). */
    void requireTradable(Side side) {
        if (!apiTradeAvailable) {
            throw new OrderRejectedException("T-Invest: " + instrument + " is not available for trading through the"
                    + " API (apiTradeAvailableFlag=false)");
        }
        if (side == Side.BUY ? !buyAvailable : !sellAvailable) {
            throw new OrderRejectedException("T-Invest: " + side.name().toLowerCase(Locale.ROOT)
                    + " orders are not available for " + instrument);
        }
    }
}
