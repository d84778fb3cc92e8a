package io.algomoex.trading.application.port;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.trading.domain.Execution;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A broker account: where orders go and fills come from. The client order id is the idempotency key: submitting the
 * same id twice never places a second order.
 */
public interface BrokerGateway {

    /**
     * Sends a market order, or returns the order already known under its client id.
     *
     * @throws OrderRejectedException when the broker refuses it for good (the reason is the broker's)
     * @throws BrokerUnavailableException when the broker could not be reached; the order's fate is then unknown and
     *     must be looked up by its client id before it is sent again
     */
    BrokerOrder submit(OrderRequest request);

    /**
     * Cancels an order that has not filled yet; cancelling a final order does nothing.
     *
     * @throws BrokerUnavailableException when the broker could not be reached
     */
    void cancel(String clientOrderId);

    /** The broker's view of an order, or empty when the broker never received it. */
    Optional<BrokerOrder> order(String clientOrderId);

    /** Units held per instrument on the account, flat instruments left out. */
    Map<Instrument, Long> positions();

    /**
     * Tells the gateway that a candle closed and returns the fills it has for orders of that instrument and timeframe
     * up to this moment, oldest first, each reported once. A live broker returns what it reported since the last call;
     * the paper broker fills pending market orders at this candle's open.
     */
    List<Execution> executionsUpTo(Candle closed);
}
