package io.algomoex.trading.application.port;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.trading.domain.Execution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A broker account: where orders go and fills come from. The client order id is the idempotency key: submitting the
 * same id twice never places a second order, and every order can be looked up by it (Alor {@code X-REQID}, T-Invest
 * {@code orderId}). What the broker knows outlives a restart of this service; reconciliation on start relies on it.
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
     * Asks the broker to cancel an order that has not filled in full; cancelling a final or unknown order does
     * nothing. The outcome is read back with {@link #order}: an order may fill before the cancel reaches the market.
     *
     * @throws BrokerUnavailableException when the broker could not be reached
     */
    void cancel(String clientOrderId);

    /**
     * The broker's view of an order, or empty when the broker never received it.
     *
     * @throws BrokerUnavailableException when the broker could not be reached
     */
    Optional<BrokerOrder> order(String clientOrderId);

    /**
     * The broker's view of an order created at {@code createdAt} (UTC), or empty when the broker never received it.
     * The same as {@link #order(String)} for a broker whose look-up by client id reaches back to any order; a broker
     * whose order lists cover the current trading day only looks further back (its trade history) for an older
     * order, and throws when it still cannot tell.
     *
     * @throws OrderFateUnknownException when the broker cannot tell whether it ever received the order
     * @throws BrokerUnavailableException when the broker could not be reached
     */
    default Optional<BrokerOrder> order(String clientOrderId, Instant createdAt) {
        return order(clientOrderId);
    }

    /**
     * Orders the broker still works (submitted or partially filled), oldest first.
     *
     * @throws BrokerUnavailableException when the broker could not be reached
     */
    List<BrokerOrder> openOrders();

    /**
     * Every fill of an order so far, oldest first, in a stable order: the first {@code n} units of it are the same
     * fills at every call. Empty for an unknown or unfilled order.
     *
     * @throws BrokerUnavailableException when the broker could not be reached
     */
    List<Execution> fills(String clientOrderId);

    /**
     * Units held per instrument on the account, flat instruments left out.
     *
     * @throws BrokerUnavailableException when the broker could not be reached
     */
    Map<Instrument, Long> positions();

    /**
     * Tells the gateway that a candle closed and returns the fills it has for orders of that instrument and timeframe
     * up to this moment, oldest first, each reported once. A live broker returns what it reported since the last call;
     * the paper broker fills pending market orders at this candle's open. A fill reported here but never booked (the
     * service died in between) is found again by reconciliation through {@link #fills}.
     */
    List<Execution> executionsUpTo(Candle closed);
}
