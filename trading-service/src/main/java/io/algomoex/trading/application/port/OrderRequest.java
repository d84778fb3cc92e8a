package io.algomoex.trading.application.port;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order as a gateway receives it: a market order, or a limit order when {@code limitPrice} is given.
 *
 * @param clientOrderId idempotency key, persisted before the request is made
 * @param strategyId the strategy placing it
 * @param instrument what to trade
 * @param timeframe timeframe of the candle that produced the signal; the paper broker fills at the next candle of it
 * @param side buy or sell
 * @param lots size in lots, at least 1
 * @param units size in units, at least {@code lots}
 * @param limitPrice the worst price per unit for a limit order, exact; {@code null} for a market order. A gateway
 *     aligns it to the instrument's price step towards the passive side (down for a buy, up for a sell)
 */
public record OrderRequest(
        String clientOrderId,
        String strategyId,
        Instrument instrument,
        Timeframe timeframe,
        Side side,
        long lots,
        long units,
        BigDecimal limitPrice) {

    /** A market order. */
    public OrderRequest(
            String clientOrderId,
            String strategyId,
            Instrument instrument,
            Timeframe timeframe,
            Side side,
            long lots,
            long units) {
        this(clientOrderId, strategyId, instrument, timeframe, side, lots, units, null);
    }

    public OrderRequest {
        Objects.requireNonNull(clientOrderId, "clientOrderId is required");
        Objects.requireNonNull(strategyId, "strategyId is required");
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(side, "side is required");
        if (lots < 1 || units < lots) {
            throw new IllegalArgumentException("need at least one lot of at least one unit");
        }
        if (limitPrice != null && limitPrice.signum() <= 0) {
            throw new IllegalArgumentException("a limit price must be positive, got " + limitPrice);
        }
    }
}
