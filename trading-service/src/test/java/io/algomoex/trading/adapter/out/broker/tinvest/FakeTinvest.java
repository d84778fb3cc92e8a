package io.algomoex.trading.adapter.out.broker.tinvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback T-Invest: the REST gateway ({@code /rest/tinkoff.public.invest.api.contract.v1.<Service>/<Method>}) and
 * the {@code MarketDataStream} WebSocket on one MockWebServer, answering with the payloads under
 * {@code src/test/resources/tinvest/} (sources in its README). It checks what the client sends (bearer token,
 * int64 as strings, Quotation fields, {@code orderId} a UUID, account and instrument ids) and records each violation
 * in {@link #violations}; and it misbehaves on command.
 */
public final class FakeTinvest implements AutoCloseable {

    /** What the next order posts do instead of answering normally, one per post. */
    public enum Trouble {
        SERVER_ERROR,
        RATE_LIMITED,
        /** Places the order, then answers with cut-off JSON. */
        ACCEPT_THEN_MALFORMED,
        /** Places the order, then answers too late for the client's read timeout. */
        ACCEPT_THEN_HANG
    }

    /** The two documented answers to a reused {@code orderId}. */
    public enum Duplicates {
        /** {@code head-orders.md}: error 30057. */
        ERROR_30057,
        /** {@code faq_orders.md}: the state of the order already placed. */
        EXISTING_STATE
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String UID = "e6123145-9665-43e0-8413-cd61b8aa9b13";
    private static final String CONTRACT = "/rest/tinkoff.public.invest.api.contract.v1.";
    private static final long LOT = 10;

    public final String token = "t.sandbox-token-of-the-fake";
    public final List<String> violations = new CopyOnWriteArrayList<>();
    public final List<JsonNode> orderPosts = new CopyOnWriteArrayList<>();
    /** {@link System#nanoTime()} when each PostOrder had been read in full, in arrival order. */
    public final List<Long> orderArrivals = new CopyOnWriteArrayList<>();

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final FakeTinvestSocket socket = new FakeTinvestSocket(this);

    private final MockWebServer server = new MockWebServer();
    private final Clock clock;
    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final Map<String, String> accounts = new LinkedHashMap<>();
    private final Deque<Trouble> troubles = new ArrayDeque<>();
    private final Deque<String> rejections = new ArrayDeque<>();
    private final Map<String, Long> positions = new LinkedHashMap<>();
    private volatile Duplicates duplicates = Duplicates.ERROR_30057;
    private volatile BigDecimal paidIn = BigDecimal.ZERO;
    private int payInFailures;
    private volatile boolean limitNextPostOrder;
    private volatile BigDecimal fillOnPost;
    private long nextOrder = 49478317886L;
    private long nextTrade = 6743254531L;

    public FakeTinvest(Clock clock) {
        this.clock = clock;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sandbox settings pointing at this fake without an account id, with short timeouts for tests. */
    public TinvestSettings settings() {
        String base = server.url("/").toString().replaceAll("/$", "");
        return new TinvestSettings(
                token,
                null,
                true,
                base + "/rest",
                base.replace("http", "ws") + "/ws",
                "algomoex",
                new BigDecimal("1000000"),
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofMillis(20),
                Duration.ofMillis(200),
                "algomoex.tests");
    }

    // ---- commands for tests ----

    public synchronized FakeTinvest trouble(Trouble... next) {
        troubles.addAll(List.of(next));
        return this;
    }

    /** The next {@code count} sandbox pay-ins answer 503 and pay nothing in. */
    public synchronized FakeTinvest failPayIns(int count) {
        payInFailures = count;
        return this;
    }

    public FakeTinvest duplicates(Duplicates behaviour) {
        this.duplicates = behaviour;
        return this;
    }

    /** The next post is refused with this error fixture ({@code error-not-tradable.json} ...). */
    public synchronized FakeTinvest rejectNext(String fixture) {
        rejections.add(fixture);
        return this;
    }

    /** The next PostOrder answers with {@code x-ratelimit-remaining: 0} and a reset in 3 seconds. */
    public FakeTinvest exhaustLimitOnNextPost() {
        limitNextPostOrder = true;
        return this;
    }

    /** Orders posted from now on fill at once at this price (commission 0.05%), as market orders often do. */
    public FakeTinvest fillOnPost(BigDecimal price) {
        this.fillOnPost = price;
        return this;
    }

    /** Fills an order in full at a price with a commission of {@code rate} of its value. */
    public synchronized void fill(String requestId, BigDecimal price, BigDecimal rate, Instant at) {
        ObjectNode order = orders.get(requestId);
        if (order == null) {
            throw new IllegalStateException("no order " + requestId + " at the fake");
        }
        long lots = order.path("lotsRequested").asLong();
        BigDecimal value = price.multiply(BigDecimal.valueOf(lots * LOT));
        order.put("executionReportStatus", "EXECUTION_REPORT_STATUS_FILL").put("lotsExecuted", Long.toString(lots));
        order.set("executedCommission", money(value.multiply(rate)));
        order.set("executedOrderPrice", money(value));
        ObjectNode stage = template("order-stage.json");
        stage.set("price", money(price));
        stage.put("quantity", Long.toString(lots))
                .put("tradeId", Long.toString(nextTrade++))
                .put("executionTime", at.toString());
        ((ArrayNode) order.path("stages")).add(stage);
        boolean buy = "ORDER_DIRECTION_BUY".equals(order.path("direction").asString());
        positions.merge(UID, buy ? lots * LOT : -lots * LOT, Long::sum);
    }

    /** Fills every working order; returns their request ids. */
    public synchronized List<String> fillWorking(BigDecimal price, BigDecimal rate, Instant at) {
        List<String> filled = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> order : List.copyOf(orders.entrySet())) {
            if ("EXECUTION_REPORT_STATUS_NEW"
                    .equals(order.getValue().path("executionReportStatus").asString())) {
                fill(order.getKey(), price, rate, at);
                filled.add(order.getKey());
            }
        }
        return filled;
    }

    public synchronized int orderCount() {
        return orders.size();
    }

    public synchronized JsonNode order(String requestId) {
        return orders.get(requestId);
    }

    public synchronized Map<String, String> accounts() {
        return Map.copyOf(accounts);
    }

    public BigDecimal paidIn() {
        return paidIn;
    }

    public long positionUnits() {
        return positions.getOrDefault(UID, 0L);
    }

    @Override
    public void close() {
        socket.close();
        server.close();
    }

    // ---- the server ----

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        try {
            if (path.startsWith("/ws/")) {
                return socket.upgrade(request, path.substring("/ws".length()));
            }
            if (!("Bearer " + token).equals(request.getHeaders().get("Authorization"))) {
                violations.add("no bearer token on " + path);
                return json(401, resource("error-token.json"));
            }
            if (!"POST".equals(request.getMethod()) || !path.startsWith(CONTRACT)) {
                violations.add("unexpected request " + request.getRequestLine());
                return new MockResponse.Builder().code(404).body("").build();
            }
            String method = path.substring(CONTRACT.length());
            calls.add(method);
            return route(method, JSON.readTree(request.getBody().utf8()));
        } catch (RuntimeException e) {
            violations.add(request.getRequestLine() + ": " + e);
            return new MockResponse.Builder()
                    .code(500)
                    .body("fake failed: " + e)
                    .build();
        }
    }

    private synchronized MockResponse route(String method, JsonNode body) {
        return switch (method) {
            case "SandboxService/GetSandboxAccounts" -> json(200, sandboxAccounts());
            case "SandboxService/OpenSandboxAccount" -> openAccount(body);
            case "SandboxService/SandboxPayIn" -> payIn(body);
            case "InstrumentsService/ShareBy" -> shareBy(body);
            case "OrdersService/PostOrder" -> postOrder(body);
            case "OrdersService/GetOrderState" -> orderState(body);
            case "OrdersService/CancelOrder" -> cancel(body);
            case "OrdersService/GetOrders" -> openOrders(body);
            case "OperationsService/GetPositions" -> positions(body);
            case "MarketDataService/GetCandles" -> json(200, socket.candles(body));
            default -> {
                violations.add("unexpected method " + method);
                yield new MockResponse.Builder().code(404).body("").build();
            }
        };
    }

    private String sandboxAccounts() {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("accounts");
        accounts.forEach((id, name) -> {
            ObjectNode account = (ObjectNode)
                    template("sandbox-accounts.json").path("accounts").get(0);
            list.add(account.put("id", id).put("name", name));
        });
        return answer.toString();
    }

    private MockResponse openAccount(JsonNode body) {
        String id = java.util.UUID.randomUUID().toString();
        accounts.put(id, body.path("name").asString(""));
        return json(
                200, template("open-sandbox-account.json").put("accountId", id).toString());
    }

    private MockResponse payIn(JsonNode body) {
        requireAccount(body);
        if (payInFailures > 0) {
            payInFailures--;
            return new MockResponse.Builder()
                    .code(503)
                    .body("upstream connect error")
                    .build();
        }
        JsonNode amount = body.path("amount");
        require("rub".equals(amount.path("currency").asString()), "pay-in in rub");
        paidIn = paidIn.add(quotation(amount));
        ObjectNode answer = template("sandbox-pay-in.json");
        answer.set("balance", money(paidIn));
        return json(200, answer.toString());
    }

    private MockResponse shareBy(JsonNode body) {
        String type = body.path("idType").asString();
        boolean byTicker = "INSTRUMENT_ID_TYPE_TICKER".equals(type)
                && "SBER".equals(body.path("id").asString())
                && "TQBR".equals(body.path("classCode").asString());
        boolean byUid = "INSTRUMENT_ID_TYPE_UID".equals(type)
                && UID.equals(body.path("id").asString());
        if (!byTicker && !byUid) {
            return json(404, "{\"code\":5,\"message\":\"Instrument not found\",\"description\":50002}");
        }
        return json(200, resource("share.json"));
    }

    private MockResponse postOrder(JsonNode body) {
        orderArrivals.add(System.nanoTime());
        orderPosts.add(body);
        checkOrder(body);
        String requestId = body.path("orderId").asString();
        Trouble trouble = troubles.poll();
        ObjectNode known = orders.get(requestId);
        if (known != null) {
            return duplicates == Duplicates.ERROR_30057
                    ? json(400, resource("error-duplicate.json"))
                    : json(200, known.toString());
        }
        if (trouble == Trouble.SERVER_ERROR) {
            return new MockResponse.Builder()
                    .code(503)
                    .body("upstream connect error")
                    .build();
        }
        if (trouble == Trouble.RATE_LIMITED) {
            return new MockResponse.Builder()
                    .code(429)
                    .setHeader("x-ratelimit-limit", "300")
                    .setHeader("x-ratelimit-remaining", "0")
                    .setHeader("x-ratelimit-reset", "2")
                    .setHeader("Content-Type", "application/json")
                    .body("{\"code\":8,\"message\":\"Request limit exceeded\",\"description\":80002}")
                    .build();
        }
        String rejection = rejections.poll();
        if (rejection != null) {
            return json(400, resource(rejection));
        }
        ObjectNode state = template("order-state.json");
        state.put("orderId", Long.toString(nextOrder++))
                .put("orderRequestId", requestId)
                .put("instrumentUid", UID)
                .put("lotsRequested", body.path("quantity").asString())
                .put("direction", body.path("direction").asString())
                .put("orderType", body.path("orderType").asString())
                .put("orderDate", clock.instant().toString());
        orders.put(requestId, state);
        if (fillOnPost != null) {
            fill(requestId, fillOnPost, new BigDecimal("0.0005"), clock.instant());
        }
        ObjectNode answer = template("post-order.json");
        ObjectNode echoed = state.deepCopy();
        echoed.remove(List.of("stages", "orderDate", "currency", "serviceCommission"));
        answer.setAll(echoed);
        MockResponse.Builder reply = jsonBuilder(200, answer.toString());
        if (limitNextPostOrder) {
            limitNextPostOrder = false;
            reply.setHeader("x-ratelimit-remaining", "0").setHeader("x-ratelimit-reset", "3");
        } else {
            reply.setHeader("x-ratelimit-remaining", "299").setHeader("x-ratelimit-reset", "42");
        }
        if (trouble == Trouble.ACCEPT_THEN_MALFORMED) {
            return jsonBuilder(200, "{\"orderId\": \"" + state.path("orderId").asString() + "\", \"execution")
                    .build();
        }
        if (trouble == Trouble.ACCEPT_THEN_HANG) {
            reply.headersDelay(2, TimeUnit.SECONDS);
        }
        return reply.build();
    }

    private void checkOrder(JsonNode body) {
        requireAccount(body);
        require(
                body.path("quantity").isString()
                        && body.path("quantity").asString().matches("[1-9][0-9]*"),
                "quantity is an int64 string of lots: " + body.path("quantity"));
        require(
                body.path("orderId")
                        .asString("")
                        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                "orderId is a UUID: " + body.path("orderId"));
        require(UID.equals(body.path("instrumentId").asString()), "instrumentId is the share's uid");
        require(body.path("direction").asString().matches("ORDER_DIRECTION_(BUY|SELL)"), "direction by name");
        String type = body.path("orderType").asString();
        require(type.matches("ORDER_TYPE_(MARKET|LIMIT)"), "orderType by name");
        if (type.equals("ORDER_TYPE_LIMIT")) {
            JsonNode price = body.path("price");
            require(
                    price.path("units").isString() && price.path("nano").isIntegralNumber(),
                    "price is a Quotation with string units and int nano: " + price);
            BigDecimal step = new BigDecimal("0.01");
            require(quotation(price).remainder(step).signum() == 0, "price on the 0.01 step: " + price);
        } else {
            require(!body.has("price"), "no price on a market order");
        }
    }

    private void requireAccount(JsonNode body) {
        require(accounts.containsKey(body.path("accountId").asString()), "accountId of an open account: " + body);
    }

    private MockResponse orderState(JsonNode body) {
        requireAccount(body);
        ObjectNode found = find(body);
        return found == null ? json(404, resource("error-order-not-found.json")) : json(200, found.toString());
    }

    private ObjectNode find(JsonNode body) {
        String id = body.path("orderId").asString();
        if ("ORDER_ID_TYPE_REQUEST".equals(body.path("orderIdType").asString())) {
            return orders.get(id);
        }
        return orders.values().stream()
                .filter(o -> id.equals(o.path("orderId").asString()))
                .findFirst()
                .orElse(null);
    }

    private MockResponse cancel(JsonNode body) {
        requireAccount(body);
        ObjectNode found = find(body);
        if (found == null) {
            return json(404, resource("error-order-not-found.json"));
        }
        found.put("executionReportStatus", "EXECUTION_REPORT_STATUS_CANCELLED");
        return json(200, "{\"time\":\"" + clock.instant() + "\"}");
    }

    private MockResponse openOrders(JsonNode body) {
        requireAccount(body);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("orders");
        orders.values().stream()
                .filter(o -> "EXECUTION_REPORT_STATUS_NEW"
                        .equals(o.path("executionReportStatus").asString()))
                .forEach(list::add);
        return json(200, answer.toString());
    }

    private MockResponse positions(JsonNode body) {
        requireAccount(body);
        ObjectNode answer = template("positions.json");
        // The roubles paid in so far (the fake books no cash for orders); none at all before the first pay-in.
        ArrayNode cash = answer.putArray("money");
        if (paidIn.signum() != 0) {
            cash.add(money(paidIn));
        }
        ArrayNode securities = answer.putArray("securities");
        positions.forEach((uid, units) -> {
            ObjectNode security =
                    (ObjectNode) template("positions.json").path("securities").get(0);
            securities.add(security.put("instrumentUid", uid).put("balance", Long.toString(units)));
        });
        return json(200, answer.toString());
    }

    void require(boolean holds, String what) {
        if (!holds) {
            violations.add(what);
        }
    }

    static BigDecimal quotation(JsonNode node) {
        return new BigDecimal(node.path("units").asString("0"))
                .add(BigDecimal.valueOf(node.path("nano").asInt(), 9));
    }

    static ObjectNode money(BigDecimal value) {
        TinvestQuotation q = TinvestQuotation.of(value.setScale(9, java.math.RoundingMode.HALF_EVEN));
        return JSON.createObjectNode()
                .put("currency", "rub")
                .put("units", q.units())
                .put("nano", q.nano());
    }

    static MockResponse json(int code, String body) {
        return jsonBuilder(code, body).build();
    }

    private static MockResponse.Builder jsonBuilder(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body);
    }

    static ObjectNode template(String name) {
        return (ObjectNode) JSON.readTree(resource(name));
    }

    static String resource(String name) {
        try (InputStream in = FakeTinvest.class.getResourceAsStream("/tinvest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture tinvest/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
