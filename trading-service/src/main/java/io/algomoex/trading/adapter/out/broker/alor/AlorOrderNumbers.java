package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.trading.application.port.BrokerUnavailableException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;

/**
 * Alor's order numbers by our client order id, and the account reads that need them. A number learnt from an answer
 * is kept; one not known (the answer was lost, or the service restarted) is found by listing the portfolio's orders
 * and matching {@code comment}, where every order we send carries its client id. Alor lists the orders of the
 * current trading day there.
 */
final class AlorOrderNumbers {

    private final AlorRest rest;
    private final String clients;
    private final Map<String, String> numbers = new ConcurrentHashMap<>();

    AlorOrderNumbers(AlorRest rest, AlorSettings settings) {
        this.rest = rest;
        this.clients = "/md/v2/Clients/" + settings.exchange() + "/" + settings.portfolio();
    }

    void remember(String clientOrderId, String number) {
        numbers.put(clientOrderId, number);
    }

    /** The order's number, looked up when not known; empty when Alor has no order with that client id. */
    Optional<String> number(String clientOrderId) {
        String known = numbers.get(clientOrderId);
        return known != null ? Optional.of(known) : byComment(clientOrderId).map(AlorOrder::id);
    }

    /** The order as Alor has it now, or empty when Alor never received it. */
    Optional<AlorOrder> find(String clientOrderId) {
        String known = numbers.get(clientOrderId);
        if (known == null) {
            return byComment(clientOrderId);
        }
        AlorRest.Reply reply = rest.call(
                "order",
                new Request.Builder()
                        .url(rest.api(clients + "/orders/" + known + "?format=Simple"))
                        .get());
        if (reply.code() == 404) {
            return Optional.empty();
        }
        requireOk(reply, "the order " + known);
        return Optional.of(rest.read(reply, AlorOrder.class, "the order " + known));
    }

    List<AlorOrder> all() {
        return list("orders", "/orders?format=Simple", AlorOrder[].class);
    }

    List<AlorTrade> trades() {
        return list("trades", "/trades?format=Simple", AlorTrade[].class);
    }

    List<AlorPosition> positions() {
        return list("positions", "/positions?withoutCurrency=true&format=Simple", AlorPosition[].class);
    }

    private Optional<AlorOrder> byComment(String clientOrderId) {
        Optional<AlorOrder> found = all().stream()
                .filter(order -> clientOrderId.equals(order.comment()))
                .findFirst();
        found.ifPresent(order -> numbers.put(clientOrderId, order.id()));
        return found;
    }

    private <T> List<T> list(String method, String path, Class<T[]> type) {
        AlorRest.Reply reply = rest.call(
                method, new Request.Builder().url(rest.api(clients + path)).get());
        requireOk(reply, "the " + method + " list");
        return Arrays.asList(rest.read(reply, type, "the " + method + " list"));
    }

    private static void requireOk(AlorRest.Reply reply, String what) {
        if (reply.code() != 200) {
            throw new BrokerUnavailableException(
                    "Alor answered " + reply.code() + " to " + what + ": " + AlorRest.excerpt(reply.body()), null);
        }
    }
}
