package io.algomoex.trading.application.port;

import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.common.market.Timeframe;
import java.util.Objects;

/**
 * A market order as a gateway receives it.
 *
 * @param clientOrderId idempotency key, persisted before the request is made
 * @param strategyId the strategy placing it
 * @param instrument what to trade
 * @param timeframe timeframe of the candle that produced the signal; the paper broker fills at the next candle of it
 * @param side buy or sell
 * @param lots size in lots, at least 1
 * @param units size in units, at least {@code lots}
 */
public record OrderRequest(
        String clientOrderId,
        String strategyId,
        Instrument instrument,
        Timeframe timeframe,
        Side side,
        long lots,
        long units) {

    public OrderRequest {
        Objects.requireNonNull(clientOrderId, "clientOrderId is required");
        Objects.requireNonNull(strategyId, "strategyId is required");
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(timeframe, "timeframe is required");
        Objects.requireNonNull(side, "side is required");
        if (lots < 1 || units < lots) {
            throw new IllegalArgumentException("need at least one lot of at least one unit");
        }
    }
}
