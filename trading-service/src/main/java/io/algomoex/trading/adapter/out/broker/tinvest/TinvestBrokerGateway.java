package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderRejectedException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.OrderState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Orders and account data of one T-Invest account through the REST gateway. An order is sent with {@code orderId} =
 * our client order id. T-Invest's docs disagree on what a repeated {@code orderId} gets: error 30057 ({@code
 * head-orders.md}) or the state of the order already placed ({@code faq_orders.md}); both end in one order. After a
 * send whose outcome is unknown (timeout, broken answer, 5xx) and after a 30057, the order is first looked up with
 * {@code GetOrderState} by request id ({@code ORDER_ID_TYPE_REQUEST}) and sent again only when T-Invest has none.
 * Quantities go out in lots; fills, positions and filled sizes come back in units. Fills are followed by polling
 * ({@link #executionsUpTo} is empty).
 */
public final class TinvestBrokerGateway implements BrokerGateway {

    private static final Logger log = LoggerFactory.getLogger(TinvestBrokerGateway.class);
    private static final String ORDERS = "OrdersService/";
    /** "The order is a duplicate, but the order report was not found" (TINV errors.md). */
    static final int DUPLICATE = 30057;
    /** API codes T-Invest documents as refusals that a repeat cannot fix (TINV errors.md). */
    private static final Set<Integer> FINAL = Set.of(30079, 30052, 30042, 30034, 30068, 30080, 40002, 50002);

    private final TinvestRest rest;
    private final TinvestAccount account;
    private final TinvestInstruments instruments;
    private final TinvestOrderStates states;
    private final Set<String> uncertain = ConcurrentHashMap.newKeySet();

    TinvestBrokerGateway(TinvestRest rest, TinvestAccount account, TinvestInstruments instruments) {
        this.rest = rest;
        this.account = account;
        this.instruments = instruments;
        this.states = new TinvestOrderStates(instruments);
    }

    @Override
    public BrokerOrder submit(OrderRequest request) {
        String id = request.clientOrderId();
        if (uncertain.contains(id)) {
            Optional<BrokerOrder> known = order(id);
            if (known.isPresent()) {
                uncertain.remove(id);
                return accepted(known.get());
            }
        }
        TinvestShare share = instruments.share(request.instrument());
        share.requireTradable(request.side());
        if (request.units() != request.lots() * share.lot()) {
            throw new OrderRejectedException("T-Invest trades " + request.instrument() + " in lots of " + share.lot()
                    + ", but the order has " + request.units() + " units in " + request.lots() + " lots: fix the"
                    + " strategy's lot size");
        }
        ObjectNode body = rest.body()
                .put("instrumentId", share.uid())
                .put("quantity", Long.toString(request.lots()))
                .put("direction", request.side() == Side.BUY ? "ORDER_DIRECTION_BUY" : "ORDER_DIRECTION_SELL")
                .put("accountId", account.id())
                .put("orderId", id);
        if (request.limitPrice() == null) {
            body.put("orderType", "ORDER_TYPE_MARKET");
        } else {
            TinvestQuotation price = TinvestQuotation.of(share.align(request.side(), request.limitPrice()));
            body.putObject("price").put("units", price.units()).put("nano", price.nano());
            body.put("orderType", "ORDER_TYPE_LIMIT").put("timeInForce", "TIME_IN_FORCE_DAY");
        }
        uncertain.add(id);
        JsonNode answer;
        try {
            answer = rest.call("submit", ORDERS + "PostOrder", body);
        } catch (TinvestApiError e) {
            if (e.apiCode == DUPLICATE) {
                log.warn("T-Invest calls order {} a duplicate (30057); looking it up by its request id", id);
                BrokerOrder found = order(id)
                        .orElseThrow(() -> new BrokerUnavailableException(
                                "T-Invest calls order " + id + " a duplicate (30057) but has no state for it", e));
                uncertain.remove(id);
                return accepted(found);
            }
            if (isFinal(e)) {
                uncertain.remove(id);
                throw new OrderRejectedException(e.reason());
            }
            throw e;
        }
        BrokerOrder order = states.view(id, answer);
        uncertain.remove(id);
        return accepted(order);
    }

    private static boolean isFinal(TinvestApiError e) {
        return FINAL.contains(e.apiCode) || (e.httpStatus == 400 && e.apiCode != 80002 && e.apiCode != 0);
    }

    private static BrokerOrder accepted(BrokerOrder order) {
        if (order.state() == OrderState.REJECTED) {
            throw new OrderRejectedException(order.reason());
        }
        return order;
    }

    @Override
    public void cancel(String clientOrderId) {
        Optional<BrokerOrder> order = order(clientOrderId);
        if (order.isEmpty() || !order.get().isOpen()) {
            return;
        }
        try {
            rest.call("cancel", ORDERS + "CancelOrder", byRequestId(clientOrderId));
        } catch (TinvestApiError e) {
            // Final (filled or cancelled) meanwhile: the caller reads the outcome back.
            if (!e.isNotFound() && e.httpStatus != 400) {
                throw e;
            }
        }
    }

    @Override
    public Optional<BrokerOrder> order(String clientOrderId) {
        return state(clientOrderId).map(state -> states.view(clientOrderId, state));
    }

    @Override
    public List<BrokerOrder> openOrders() {
        JsonNode answer = rest.call("orders", ORDERS + "GetOrders", rest.body().put("accountId", account.id()));
        return StreamSupport.stream(answer.path("orders").spliterator(), false)
                .map(state -> states.view(TinvestOrderStates.clientId(state), state))
                .filter(BrokerOrder::isOpen)
                .toList();
    }

    @Override
    public List<Execution> fills(String clientOrderId) {
        return state(clientOrderId)
                .map(state -> states.fills(clientOrderId, state))
                .orElse(List.of());
    }

    @Override
    public Map<Instrument, Long> positions() {
        JsonNode answer = rest.call(
                "positions", "OperationsService/GetPositions", rest.body().put("accountId", account.id()));
        Map<Instrument, Long> held = new LinkedHashMap<>();
        for (JsonNode security : answer.path("securities")) {
            long units;
            String uid;
            try {
                units = TinvestWire.int64(security, "balance", 0) + TinvestWire.int64(security, "blocked", 0);
                uid = TinvestWire.text(security, "instrumentUid");
            } catch (IllegalArgumentException e) {
                throw new BrokerUnavailableException("T-Invest reported a position that does not fit: " + e, e);
            }
            if (units == 0) {
                continue;
            }
            try {
                held.merge(instruments.byUid(uid).instrument(), units, Long::sum);
            } catch (OrderRejectedException e) {
                log.warn("Leaving out a T-Invest position of {} units in {}: {}", units, uid, e.getMessage());
            }
        }
        return held;
    }

    /** Empty: T-Invest's fills are followed by polling, not handed out at candles. */
    @Override
    public List<Execution> executionsUpTo(Candle closed) {
        return List.of();
    }

    private Optional<JsonNode> state(String clientOrderId) {
        if (clientOrderId.startsWith("tinvest:")) {
            ObjectNode body = rest.body()
                    .put("accountId", account.id())
                    .put("orderId", clientOrderId.substring("tinvest:".length()))
                    .put("orderIdType", "ORDER_ID_TYPE_EXCHANGE");
            return lookUp(body);
        }
        return lookUp(byRequestId(clientOrderId));
    }

    private Optional<JsonNode> lookUp(ObjectNode body) {
        try {
            return Optional.of(rest.call("order", ORDERS + "GetOrderState", body));
        } catch (TinvestApiError e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private ObjectNode byRequestId(String clientOrderId) {
        return rest.body()
                .put("accountId", account.id())
                .put("orderId", clientOrderId)
                .put("orderIdType", "ORDER_ID_TYPE_REQUEST");
    }
}
