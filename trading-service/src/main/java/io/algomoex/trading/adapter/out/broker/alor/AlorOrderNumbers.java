package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.trading.application.port.BrokerUnavailableException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;

/**
 * Alor's order numbers by our client order id, and the account reads that need them. A number learnt from an answer
 * is kept; one not known (the answer was lost, or the service restarted) is found by listing the portfolio's orders
 * and matching {@code comment}, where every order we send carries its client id. Those lists cover the current
 * trading session (ALOR-SPEC says so of {@code /trades}; we assume it of {@code /orders} too); fills of earlier days
 * are in the trade history ({@code /md/v2/Stats/.../history/trades}, whose trades carry the order's {@code comment}).
 */
final class AlorOrderNumbers {

    /** ALOR-SPEC: the trade history answers at most 1000 trades per request. */
    private static final int HISTORY_PAGE = 1000;

    private static final int MAX_HISTORY_PAGES = 20;

    private final AlorRest rest;
    private final String clients;
    private final String history;
    private final Map<String, String> numbers = new ConcurrentHashMap<>();
    private final Map<String, List<AlorTrade>> pastFills = new ConcurrentHashMap<>();

    AlorOrderNumbers(AlorRest rest, AlorSettings settings) {
        this.rest = rest;
        this.clients = "/md/v2/Clients/" + settings.exchange() + "/" + settings.portfolio();
        this.history = "/md/v2/Stats/" + settings.exchange() + "/" + settings.portfolio() + "/history/trades";
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
        return list("orders", clients + "/orders?format=Simple", AlorOrder[].class);
    }

    List<AlorTrade> trades() {
        return list("trades", clients + "/trades?format=Simple", AlorTrade[].class);
    }

    List<AlorPosition> positions() {
        return list("positions", clients + "/positions?withoutCurrency=true&format=Simple", AlorPosition[].class);
    }

    /**
     * The fills of an order of an earlier trading day, from the trade history since {@code since} (a Moscow date),
     * matched on {@code comment}; empty when it has none there. Kept, so {@link #pastFills(String)} answers without
     * reading the history again.
     */
    List<AlorTrade> findPastFills(String clientOrderId, LocalDate since) {
        Map<String, AlorTrade> byId = new LinkedHashMap<>();
        String from = null;
        for (int page = 0; page < MAX_HISTORY_PAGES; page++) {
            String query = "?dateFrom=" + since + "&limit=" + HISTORY_PAGE + "&format=Simple"
                    + (from == null ? "" : "&from=" + from);
            List<AlorTrade> trades = list("history", history + query, AlorTrade[].class);
            int before = byId.size();
            trades.forEach(trade -> byId.putIfAbsent(trade.id(), trade));
            if (trades.size() < HISTORY_PAGE || byId.size() == before) {
                List<AlorTrade> ours = byId.values().stream()
                        .filter(trade -> clientOrderId.equals(trade.comment()))
                        .toList();
                if (!ours.isEmpty()) {
                    pastFills.put(clientOrderId, ours);
                }
                return ours;
            }
            from = trades.getLast().id();
        }
        throw new BrokerUnavailableException(
                "Alor's trade history since " + since + " has more than " + MAX_HISTORY_PAGES * HISTORY_PAGE
                        + " trades; order " + clientOrderId + " was not looked up",
                null);
    }

    /** The fills {@link #findPastFills} found for an order of an earlier day, or empty. */
    Optional<List<AlorTrade>> pastFills(String clientOrderId) {
        return Optional.ofNullable(pastFills.get(clientOrderId));
    }

    private Optional<AlorOrder> byComment(String clientOrderId) {
        Optional<AlorOrder> found = all().stream()
                .filter(order -> clientOrderId.equals(order.comment()))
                .findFirst();
        found.ifPresent(order -> numbers.put(clientOrderId, order.id()));
        return found;
    }

    private <T> List<T> list(String method, String path, Class<T[]> type) {
        AlorRest.Reply reply =
                rest.call(method, new Request.Builder().url(rest.api(path)).get());
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
