package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.common.market.Candle;
import io.algomoex.common.market.Instrument;
import io.algomoex.common.market.Side;
import io.algomoex.trading.application.port.BrokerGateway;
import io.algomoex.trading.application.port.BrokerOrder;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import io.algomoex.trading.application.port.OrderFateUnknownException;
import io.algomoex.trading.application.port.OrderRejectedException;
import io.algomoex.trading.application.port.OrderRequest;
import io.algomoex.trading.domain.Execution;
import io.algomoex.trading.domain.OrderState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders and account data of one Alor portfolio. An order is sent with {@code X-REQID} = our client order id and the
 * same id in {@code comment}: Alor answers a repeated id with a 400 carrying the first answer ({@code oldResponse}),
 * which is taken as that answer, and the order is found again by its comment after a restart or a lost answer.
 * Quantities go out in lots; fills, positions and order sizes come back in units. Fills are not pushed at candles
 * ({@link #executionsUpTo} is empty): the application follows working orders by polling {@link #order} and
 * {@link #fills}.
 */
public final class AlorBrokerGateway implements BrokerGateway {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String COMMANDS = "/commandapi/warptrans/TRADE/v2/client/orders";

    private final AlorRest rest;
    private final AlorSettings settings;
    private final JsonMapper json;
    private final AlorPriceSteps steps;
    private final Map<String, String> boards;
    private final AlorOrderNumbers numbers;
    private final Clock clock;

    AlorBrokerGateway(
            AlorRest rest, AlorSettings settings, JsonMapper json, Map<String, String> boardsBySymbol, Clock clock) {
        this.rest = rest;
        this.clock = clock;
        this.settings = settings;
        this.json = json;
        this.steps = new AlorPriceSteps(rest, settings.exchange());
        this.boards = Map.copyOf(boardsBySymbol);
        this.numbers = new AlorOrderNumbers(rest, settings);
    }

    @Override
    public BrokerOrder submit(OrderRequest request) {
        if (request.lots() > Integer.MAX_VALUE) {
            throw new OrderRejectedException("Alor takes at most " + Integer.MAX_VALUE + " lots per order");
        }
        AlorInstrument instrument = new AlorInstrument(
                request.instrument().secid(),
                settings.exchange(),
                request.instrument().board());
        AlorUser user = new AlorUser(settings.portfolio());
        String side = request.side().name().toLowerCase(Locale.ROOT);
        Object body;
        String action;
        if (request.limitPrice() == null) {
            action = "market";
            body = new AlorMarketOrderRequest(
                    side, request.lots(), instrument, user, "oneday", request.clientOrderId());
        } else {
            action = "limit";
            body = new AlorLimitOrderRequest(
                    side,
                    request.lots(),
                    steps.align(request.instrument(), request.side(), request.limitPrice()),
                    instrument,
                    user,
                    "oneday",
                    request.clientOrderId());
        }
        AlorRest.Reply reply = rest.call(
                "submit",
                new Request.Builder()
                        .url(rest.api(COMMANDS + "/actions/" + action))
                        .header("X-REQID", request.clientOrderId())
                        .post(RequestBody.create(json.writeValueAsString(body), JSON)));
        String number = orderNumber(reply, request.clientOrderId());
        numbers.remember(request.clientOrderId(), number);
        return new BrokerOrder(request.clientOrderId(), OrderState.SUBMITTED, 0, null);
    }

    private String orderNumber(AlorRest.Reply reply, String clientOrderId) {
        String what = "order " + clientOrderId;
        if (reply.code() != 200 && reply.code() != 400) {
            throw new BrokerUnavailableException(
                    "Alor answered " + reply.code() + " to " + what + ": " + AlorRest.excerpt(reply.body()), null);
        }
        AlorCommandResponse answer = rest.read(reply, AlorCommandResponse.class, what);
        if (reply.code() == 400 && answer.oldResponse() != null) {
            // The same X-REQID was handled before: this is the first answer again, not a new order.
            AlorCommandResponse.AlorOldResponse old = answer.oldResponse();
            if (old.statusCode() == 200
                    && old.body() != null
                    && old.body().path("orderNumber").isString()) {
                return old.body().path("orderNumber").asString();
            }
            throw new OrderRejectedException(
                    reasonOf(old.body() == null ? null : old.body().toString(), answer));
        }
        if (reply.code() == 400) {
            throw new OrderRejectedException(reasonOf(answer.message(), answer));
        }
        if (answer.orderNumber() == null || answer.orderNumber().isBlank()) {
            throw new BrokerUnavailableException("Alor accepted " + what + " without an order number", null);
        }
        return answer.orderNumber();
    }

    private static String reasonOf(String text, AlorCommandResponse answer) {
        String reason = text == null || text.isBlank() ? answer.message() : text;
        return reason == null || reason.isBlank() ? "rejected by Alor" : "Alor: " + reason;
    }

    @Override
    public void cancel(String clientOrderId) {
        Optional<AlorOrder> order = numbers.find(clientOrderId);
        if (order.isEmpty() || !"working".equals(order.get().status())) {
            return;
        }
        AlorRest.Reply reply = rest.call(
                "cancel",
                new Request.Builder()
                        .url(rest.api(COMMANDS + "/" + order.get().id() + "?portfolio=" + settings.portfolio()
                                + "&exchange=" + settings.exchange() + "&stop=false&jsonResponse=true"))
                        .delete());
        // A 400 "OrderToCancelNotFound" means it is final already; the caller reads the outcome back.
        if (reply.code() != 200 && reply.code() != 400) {
            throw new BrokerUnavailableException(
                    "Alor answered " + reply.code() + " to the cancel of " + clientOrderId + ": "
                            + AlorRest.excerpt(reply.body()),
                    null);
        }
    }

    @Override
    public Optional<BrokerOrder> order(String clientOrderId) {
        return numbers.find(clientOrderId).map(order -> view(clientOrderId, order));
    }

    /**
     * As {@link #order(String)} for an order of the current trading day (a Moscow calendar day). An older order that
     * the current lists do not show is looked for in the trade history: fills there prove Alor received it, and as
     * every order we send lives {@code oneday}, it has ended: it is reported cancelled with those fills (filled, once
     * the fills are booked, when they cover it). No fill there either: Alor keeps nothing that tells whether it ever
     * received the order, and the look-up says so rather than "never received", which would send it again.
     */
    @Override
    public Optional<BrokerOrder> order(String clientOrderId, Instant createdAt) {
        Optional<BrokerOrder> current = order(clientOrderId);
        LocalDate created = LocalDate.ofInstant(createdAt, MOSCOW);
        if (current.isPresent() || !created.isBefore(LocalDate.ofInstant(clock.instant(), MOSCOW))) {
            return current;
        }
        List<AlorTrade> past = numbers.findPastFills(clientOrderId, created);
        if (past.isEmpty()) {
            throw new OrderFateUnknownException("Alor lists only the current trading day's orders and its trade"
                    + " history has no fill of order " + clientOrderId + " created " + createdAt + " (" + created
                    + " in Moscow): it cannot tell whether it ever received it. It is not working any more (time in"
                    + " force oneday) and made no fill; check portfolio " + settings.portfolio() + " at Alor, settle"
                    + " the order in our books (POST /api/v1/orders/" + clientOrderId + "/cancel for a NEW one), then"
                    + " resume");
        }
        long filled = past.stream()
                .mapToLong(trade -> trade.qtyUnits().longValueExact())
                .sum();
        return Optional.of(new BrokerOrder(
                clientOrderId,
                OrderState.CANCELLED,
                filled,
                "expired at the end of its trading day " + created + " (time in force oneday)"));
    }

    @Override
    public List<BrokerOrder> openOrders() {
        return numbers.all().stream()
                .filter(order -> "working".equals(order.status()))
                .map(order -> view(order.comment() == null ? "alor:" + order.id() : order.comment(), order))
                .toList();
    }

    @Override
    public List<Execution> fills(String clientOrderId) {
        Optional<List<AlorTrade>> past = numbers.pastFills(clientOrderId);
        if (past.isPresent()) {
            return past.get().stream()
                    .sorted(Comparator.comparing(AlorTrade::date).thenComparing(AlorTrade::id))
                    .map(trade -> execution(clientOrderId, trade))
                    .toList();
        }
        Optional<String> number = numbers.number(clientOrderId);
        if (number.isEmpty()) {
            return List.of();
        }
        return numbers.trades().stream()
                .filter(trade -> number.get().equals(trade.orderno()))
                .sorted(Comparator.comparing(AlorTrade::date).thenComparing(AlorTrade::id))
                .map(trade -> execution(clientOrderId, trade))
                .toList();
    }

    @Override
    public Map<Instrument, Long> positions() {
        Map<Instrument, Long> held = new LinkedHashMap<>();
        for (AlorPosition position : numbers.positions()) {
            if (Boolean.TRUE.equals(position.isCurrency()) || position.qtyUnits() == null) {
                continue;
            }
            long units = position.qtyUnits().longValueExact();
            if (units != 0) {
                String board = boards.getOrDefault(position.symbol(), settings.defaultBoard());
                held.merge(new Instrument(position.symbol(), board), units, Long::sum);
            }
        }
        return held;
    }

    /** Empty: Alor's fills are followed by polling, not handed out at candles. */
    @Override
    public List<Execution> executionsUpTo(Candle closed) {
        return List.of();
    }

    private static BrokerOrder view(String clientOrderId, AlorOrder order) {
        long filled =
                order.filledQtyUnits() == null ? 0 : order.filledQtyUnits().longValue();
        OrderState state = switch (order.status() == null ? "" : order.status()) {
            case "working" -> filled > 0 ? OrderState.PARTIALLY_FILLED : OrderState.SUBMITTED;
            case "filled" -> OrderState.FILLED;
            case "canceled" -> OrderState.CANCELLED;
            case "rejected" -> OrderState.REJECTED;
            default ->
                throw new BrokerUnavailableException(
                        "Alor reported order " + order.id() + " in an unknown status '" + order.status() + "'", null);
        };
        String reason = state == OrderState.REJECTED ? "rejected by Alor" : null;
        return new BrokerOrder(clientOrderId, state, filled, reason);
    }

    private static Execution execution(String clientOrderId, AlorTrade trade) {
        try {
            return new Execution(
                    clientOrderId,
                    "sell".equals(trade.side()) ? Side.SELL : Side.BUY,
                    trade.qtyUnits().longValueExact(),
                    trade.price(),
                    trade.commission() == null ? java.math.BigDecimal.ZERO : trade.commission(),
                    Instant.parse(trade.date()));
        } catch (ArithmeticException | NullPointerException | IllegalArgumentException | DateTimeParseException e) {
            throw new BrokerUnavailableException(
                    "Alor reported trade " + trade.id() + " of order " + trade.orderno() + " with fields that do not"
                            + " make a fill: " + e.getMessage(),
                    e);
        }
    }
}
