package io.algomoex.trading.adapter.out.broker.alor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A loopback Alor: the token service, the Command API, the {@code /md/v2} account reads and the {@code /ws} data
 * socket on one MockWebServer, answering with the spec payloads under {@code src/test/resources/alor/} (sources in
 * its README). It checks what the client sends (bearer token valid and unexpired, {@code X-REQID}, body fields, lots,
 * exchange, board, portfolio) and records each violation in {@link #violations}; and it misbehaves on command.
 */
public final class FakeAlor implements AutoCloseable {

    /** What the next order submits do instead of answering normally, one per submit. */
    public enum Trouble {
        SERVER_ERROR,
        RATE_LIMITED,
        HTML_PAGE,
        MALFORMED_JSON,
        /** Places the order (or repeats the first answer), then answers too late for the client's read timeout. */
        ACCEPT_THEN_HANG
    }

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final String COMMANDS = "/commandapi/warptrans/TRADE/v2/client/orders";

    public final String portfolio = "D39004";
    public final String refreshToken = "refresh-token-of-the-fake";
    public final List<String> violations = new CopyOnWriteArrayList<>();
    public final List<RecordedRequest> orderRequests = new CopyOnWriteArrayList<>();
    /** {@link System#nanoTime()} when each order request had been read in full, in arrival order. */
    public final List<Long> orderArrivals = new CopyOnWriteArrayList<>();

    public final FakeAlorSocket socket;
    private final MockWebServer server = new MockWebServer();
    private final Clock clock;
    private final Map<String, Integer> lotSizes = new ConcurrentHashMap<>(Map.of("SBER", 10, "GAZP", 10));
    private final Map<String, String> numbersByRequestId = new LinkedHashMap<>();
    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final List<ObjectNode> trades = new ArrayList<>();
    private final List<ObjectNode> pastTrades = new ArrayList<>();
    /** The query string of each trade-history request, in arrival order. */
    public final List<String> historyQueries = new CopyOnWriteArrayList<>();

    private final Map<String, Long> positions = new LinkedHashMap<>();
    private final Deque<Trouble> troubles = new ArrayDeque<>();
    private final Deque<String> rejections = new ArrayDeque<>();
    private volatile String validToken;
    private volatile Instant validUntil = Instant.MIN;
    private volatile Duration tokenLifetime = Duration.ofMinutes(30);
    private volatile Duration hang = Duration.ofSeconds(2);
    private volatile int refreshes;
    private volatile int securityLookups;
    private volatile String nextHtml;
    private int pastOrders;
    private long nextNumber = 18995978560L;
    private int nextTrade = 159;

    public FakeAlor(Clock clock) {
        this.clock = clock;
        this.socket = new FakeAlorSocket(this);
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

    /** Settings pointing at this fake, with short timeouts for tests. */
    public AlorSettings settings() {
        String base = server.url("/").toString().replaceAll("/$", "");
        return new AlorSettings(
                refreshToken,
                portfolio,
                "MOEX",
                base,
                base,
                base.replace("http", "ws") + "/ws",
                Duration.ofSeconds(2),
                Duration.ofMillis(500),
                Duration.ofMinutes(5),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofMillis(20),
                Duration.ofMillis(200),
                "TQBR");
    }

    // ---- commands for tests ----

    /** Orders and positions in {@code symbol} count {@code units} per lot (SBER and GAZP: 10, others: 1). */
    public FakeAlor lotSize(String symbol, int units) {
        lotSizes.put(symbol, units);
        return this;
    }

    public synchronized FakeAlor trouble(Trouble... next) {
        troubles.addAll(List.of(next));
        return this;
    }

    /** The next submit is refused with the spec's 400 and this message. */
    public synchronized FakeAlor rejectNext(String message) {
        rejections.add(message);
        return this;
    }

    /** The next account read answers 200 with an HTML page instead of JSON. */
    public FakeAlor htmlOnNextRead() {
        nextHtml = resource("error-page.html");
        return this;
    }

    /** Tokens issued from now on live this long. */
    public FakeAlor tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    /** The current token stops being valid, as after a server-side revocation. */
    public void revokeToken() {
        validToken = "revoked";
    }

    /** Fills an order in full at a price, with a commission, at a time. */
    public synchronized void fill(String clientOrderId, BigDecimal price, BigDecimal commission, Instant at) {
        ObjectNode order = orders.values().stream()
                .filter(o -> clientOrderId.equals(o.path("comment").asString()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no order " + clientOrderId + " at the fake"));
        long units = order.path("qtyUnits").asLong();
        order.put("status", "filled")
                .put("filledQtyUnits", units)
                .put("filled", order.path("qty").asLong());
        order.put("filledQtyBatch", order.path("qty").asLong()).put("price", price);
        ObjectNode trade = template("trade.json");
        boolean buy = "buy".equals(order.path("side").asString());
        trade.put("id", Integer.toString(nextTrade++))
                .put("orderno", order.path("id").asString());
        trade.put("symbol", order.path("symbol").asString())
                .put("board", order.path("board").asString());
        trade.put("side", order.path("side").asString())
                .put("qtyUnits", units)
                .put("qty", order.path("qty").asLong());
        trade.put("price", price).put("commission", commission).put("date", at.toString());
        trade.put("comment", order.path("comment").asString());
        trades.add(trade);
        positions.merge(order.path("symbol").asString(), buy ? units : -units, Long::sum);
    }

    /** Fills every working order at a price with a commission of {@code rate} of its value. */
    public synchronized List<String> fillWorking(BigDecimal price, BigDecimal rate, Instant at) {
        List<String> filled = new ArrayList<>();
        for (ObjectNode order : List.copyOf(orders.values())) {
            if ("working".equals(order.path("status").asString())) {
                String id = order.path("comment").asString();
                BigDecimal units = BigDecimal.valueOf(order.path("qtyUnits").asLong());
                fill(id, price, units.multiply(rate).multiply(price), at);
                filled.add(id);
            }
        }
        return filled;
    }

    /**
     * The trading day ends: its orders leave the current lists (working ones expire, as {@code oneday} orders do) and
     * its trades move to the trade history. The orders stay counted in {@link #orderCount()}.
     */
    public synchronized void endTradingDay() {
        pastOrders += orders.size();
        orders.clear();
        pastTrades.addAll(trades);
        trades.clear();
    }

    public synchronized int orderCount() {
        return pastOrders + orders.size();
    }

    public synchronized List<JsonNode> orders() {
        return List.copyOf(orders.values());
    }

    public int refreshes() {
        return refreshes;
    }

    public int securityLookups() {
        return securityLookups;
    }

    public String currentToken() {
        return validToken;
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
            if (path.equals("/refresh")) {
                return refresh(request);
            }
            if (path.equals("/ws")) {
                return socket.upgrade();
            }
            if (!authorised(request)) {
                return new MockResponse.Builder().code(401).body("").build();
            }
            return route(request, path);
        } catch (RuntimeException e) {
            violations.add(request.getRequestLine() + ": " + e);
            return new MockResponse.Builder()
                    .code(500)
                    .body("fake failed: " + e)
                    .build();
        }
    }

    private MockResponse route(RecordedRequest request, String path) {
        String clients = "/md/v2/Clients/MOEX/" + portfolio;
        if (request.getMethod().equals("POST") && path.startsWith(COMMANDS + "/actions/")) {
            return submit(request, path.substring((COMMANDS + "/actions/").length()));
        }
        if (request.getMethod().equals("DELETE") && path.startsWith(COMMANDS + "/")) {
            return cancel(request, path.substring(COMMANDS.length() + 1));
        }
        String html = nextHtml;
        if (html != null && path.startsWith("/md/v2/")) {
            nextHtml = null;
            return new MockResponse.Builder()
                    .code(200)
                    .setHeader("Content-Type", "text/html")
                    .body(html)
                    .build();
        }
        if (path.equals(clients + "/orders")) {
            return json(200, array(orders.values()));
        }
        if (path.startsWith(clients + "/orders/")) {
            ObjectNode order = orders.get(path.substring((clients + "/orders/").length()));
            return order == null ? new MockResponse.Builder().code(404).body("").build() : json(200, order.toString());
        }
        if (path.equals(clients + "/trades")) {
            return json(200, array(trades));
        }
        if (path.equals("/md/v2/Stats/MOEX/" + portfolio + "/history/trades")) {
            return history(request);
        }
        if (path.equals(clients + "/positions")) {
            return json(200, positionsJson());
        }
        if (path.startsWith("/md/v2/Securities/MOEX/")) {
            securityLookups++;
            ObjectNode security = template("security.json");
            security.put("symbol", path.substring("/md/v2/Securities/MOEX/".length()));
            security.put("board", request.getUrl().queryParameter("instrumentGroup"));
            return json(200, security.toString());
        }
        violations.add("unexpected request " + request.getRequestLine());
        return new MockResponse.Builder().code(404).body("").build();
    }

    private synchronized MockResponse submit(RecordedRequest request, String action) {
        orderArrivals.add(System.nanoTime());
        orderRequests.add(request);
        String reqId = request.getHeaders().get("X-REQID");
        if (reqId == null || reqId.isBlank()) {
            violations.add("order without X-REQID");
            return json(400, "{\"message\":\"X-REQID is required\"}");
        }
        JsonNode body = JSON.readTree(request.getBody().utf8());
        checkOrderBody(body, action);
        Trouble trouble = troubles.poll();
        MockResponse.Builder answer = placeOrRepeat(reqId, body, action, trouble);
        if (trouble == Trouble.ACCEPT_THEN_HANG) {
            answer.headersDelay(hang.toMillis(), TimeUnit.MILLISECONDS);
        }
        return answer.build();
    }

    private MockResponse.Builder placeOrRepeat(String reqId, JsonNode body, String action, Trouble trouble) {
        String known = numbersByRequestId.get(reqId);
        if (known != null) {
            ObjectNode repeated = template("order-repeated.json");
            ((ObjectNode) repeated.path("oldResponse").path("body")).put("orderNumber", known);
            return jsonBuilder(400, repeated.toString());
        }
        if (trouble != null && trouble != Trouble.ACCEPT_THEN_HANG) {
            return troubled(trouble);
        }
        String rejection = rejections.poll();
        if (rejection != null) {
            ObjectNode rejected = template("order-rejected.json");
            rejected.put("message", rejection);
            return jsonBuilder(400, rejected.toString());
        }
        String number = Long.toString(nextNumber++);
        numbersByRequestId.put(reqId, number);
        orders.put(number, newOrder(number, body, action));
        ObjectNode success = template("order-success.json");
        success.put("orderNumber", number);
        return jsonBuilder(200, success.toString());
    }

    private MockResponse.Builder troubled(Trouble trouble) {
        return switch (trouble) {
            case SERVER_ERROR -> new MockResponse.Builder().code(503).body("Service Unavailable");
            case RATE_LIMITED ->
                new MockResponse.Builder()
                        .code(429)
                        .setHeader("Retry-After", "1")
                        .body("");
            case HTML_PAGE ->
                new MockResponse.Builder()
                        .code(200)
                        .setHeader("Content-Type", "text/html")
                        .body(resource("error-page.html"));
            case MALFORMED_JSON -> jsonBuilder(200, "{\"message\": \"success\", \"orderNumber\": ");
            case ACCEPT_THEN_HANG -> throw new IllegalStateException("handled by submit");
        };
    }

    private void checkOrderBody(JsonNode body, String action) {
        JsonNode instrument = body.path("instrument");
        require(body.path("side").asString().matches("buy|sell"), "side is buy or sell: " + body);
        require(
                body.path("quantity").isIntegralNumber()
                        && body.path("quantity").asLong() >= 1,
                "quantity in lots");
        require(!instrument.path("symbol").asString("").isBlank(), "instrument.symbol");
        require("MOEX".equals(instrument.path("exchange").asString()), "instrument.exchange is MOEX");
        require(!instrument.path("instrumentGroup").asString("").isBlank(), "instrument.instrumentGroup (board)");
        require(portfolio.equals(body.path("user").path("portfolio").asString()), "user.portfolio");
        require(body.path("comment").asString("").length() <= 100, "comment at most 100 characters");
        require(action.equals("market") != body.has("price"), "price only on limit orders");
    }

    private void require(boolean holds, String what) {
        if (!holds) {
            violations.add("order body: " + what);
        }
    }

    private ObjectNode newOrder(String number, JsonNode body, String action) {
        ObjectNode order = template("order.json");
        String symbol = body.path("instrument").path("symbol").asString();
        long lots = body.path("quantity").asLong();
        order.put("id", number).put("symbol", symbol).put("brokerSymbol", "MOEX:" + symbol);
        order.put("board", body.path("instrument").path("instrumentGroup").asString());
        order.put("comment", body.path("comment").asString()).put("type", action);
        order.put("side", body.path("side").asString()).put("status", "working");
        order.put("qty", lots).put("qtyBatch", lots).put("qtyUnits", lots * lotSizes.getOrDefault(symbol, 1));
        order.put("transTime", clock.instant().toString());
        if (body.has("price")) {
            order.set("price", body.get("price"));
        }
        return order;
    }

    /** The trade history: trades of earlier days from {@code dateFrom} (a Moscow date) on, after trade {@code from}. */
    private synchronized MockResponse history(RecordedRequest request) {
        historyQueries.add(request.getUrl().encodedQuery());
        String dateFrom = request.getUrl().queryParameter("dateFrom");
        String from = request.getUrl().queryParameter("from");
        int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
        require(limit <= 1000, "history limit at most 1000");
        java.time.LocalDate since = LocalDate.parse(dateFrom);
        ArrayNode list = JSON.createArrayNode();
        pastTrades.stream()
                .filter(trade -> !LocalDate.ofInstant(
                                Instant.parse(trade.path("date").asString()), ZoneId.of("Europe/Moscow"))
                        .isBefore(since))
                .filter(trade -> from == null || Long.parseLong(trade.path("id").asString()) > Long.parseLong(from))
                .limit(limit)
                .forEach(list::add);
        return json(200, list.toString());
    }

    private synchronized MockResponse cancel(RecordedRequest request, String number) {
        require(portfolio.equals(request.getUrl().queryParameter("portfolio")), "cancel names the portfolio");
        ObjectNode order = orders.get(number);
        if (order == null || !"working".equals(order.path("status").asString())) {
            return json(400, resource("cancel-not-found.json"));
        }
        order.put("status", "canceled");
        return json(200, "{\"message\":\"success\"}");
    }

    private MockResponse refresh(RecordedRequest request) {
        JsonNode body = JSON.readTree(request.getBody().utf8());
        if (request.getUrl().queryParameter("token") != null) {
            violations.add("the refresh token travelled in the URL");
        }
        if (!refreshToken.equals(body.path("token").asString())) {
            return new MockResponse.Builder().code(403).body("").build();
        }
        refreshes++;
        Instant now = clock.instant();
        Instant exp = now.plus(tokenLifetime);
        String claims = "{\"sub\":\"P000000\",\"portfolios\":\"" + portfolio + "\",\"exp\":" + exp.getEpochSecond()
                + ",\"iat\":" + now.getEpochSecond() + ",\"n\":" + refreshes + "}";
        String jwt = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64(claims) + ".c2lnbmF0dXJl";
        validToken = jwt;
        validUntil = exp;
        ObjectNode answer = template("refresh.json");
        answer.put("AccessToken", jwt);
        return json(200, answer.toString());
    }

    boolean isValid(String token) {
        return token != null && token.equals(validToken) && clock.instant().isBefore(validUntil);
    }

    private boolean authorised(RecordedRequest request) {
        String header = request.getHeaders().get("Authorization");
        return header != null && header.startsWith("Bearer ") && isValid(header.substring("Bearer ".length()));
    }

    private String positionsJson() {
        ArrayNode list = JSON.createArrayNode();
        positions.forEach((symbol, units) -> {
            ObjectNode position = template("position.json");
            int lot = lotSizes.getOrDefault(symbol, 1);
            position.put("symbol", symbol).put("brokerSymbol", "MOEX:" + symbol).put("qtyUnits", units);
            position.put("qty", units / lot).put("qtyBatch", units / lot).put("lotSize", lot);
            list.add(position);
        });
        return list.toString();
    }

    private static String array(Iterable<ObjectNode> nodes) {
        ArrayNode list = JSON.createArrayNode();
        nodes.forEach(list::add);
        return list.toString();
    }

    private static MockResponse json(int code, String body) {
        return jsonBuilder(code, body).build();
    }

    private static MockResponse.Builder jsonBuilder(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode template(String name) {
        return (ObjectNode) JSON.readTree(resource(name));
    }

    static String resource(String name) {
        try (InputStream in = FakeAlor.class.getResourceAsStream("/alor/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture alor/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
