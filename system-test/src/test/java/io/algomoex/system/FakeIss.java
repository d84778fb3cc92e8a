package io.algomoex.system;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback MOEX ISS (shapes in {@code src/test/resources/iss/README.md}) serving generated one-minute candles of
 * TQBR shares. A candle is served once it has closed by the wall clock, as ISS does for subscribers (no 15-minute
 * delay), so new bars appear while the test runs; a served candle never changes.
 */
final class FakeIss implements AutoCloseable {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter ISS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern CANDLES =
            Pattern.compile("/iss/engines/stock/markets/shares/boards/TQBR/securities/([A-Z0-9]+)/candles\\.json");
    private static final Pattern BOARDS = Pattern.compile("/iss/securities/([A-Z0-9]+)\\.json");
    private static final int PAGE = 500;

    /** A one-minute candle; prices in roubles with two decimals. */
    record Bar(Instant begin, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {
        Instant end() {
            return begin.plus(Duration.ofMinutes(1));
        }
    }

    /** Candles of one security: {@code close(i)} is the close of the i-th minute after {@code first}. */
    record Series(Instant first, LongFunction<BigDecimal> close) {
        Bar bar(long index) {
            BigDecimal close = close().apply(index);
            BigDecimal open = index == 0 ? close : close().apply(index - 1);
            return new Bar(first.plus(Duration.ofMinutes(index)), open, open.max(close), open.min(close), close, 1000);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Series> series = new ConcurrentHashMap<>();
    private final AtomicInteger candleRequests = new AtomicInteger();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    FakeIss(Clock clock) throws IOException {
        this.clock = clock;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request.getUrl());
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    void serve(String secid, Series candles) {
        series.put(secid, candles);
    }

    int candleRequests() {
        return candleRequests.get();
    }

    /** Every candle of the security that has closed by now, oldest first. */
    List<Bar> closed(String secid) {
        Series candles = series.get(secid);
        List<Bar> bars = new ArrayList<>();
        Instant now = clock.instant();
        for (long i = 0; ; i++) {
            Bar bar = candles.bar(i);
            if (bar.end().isAfter(now)) {
                return bars;
            }
            bars.add(bar);
        }
    }

    /** The first minute that starts at or after {@code instant}. */
    static Instant nextMinute(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.MINUTES);
        return floor.equals(instant) ? floor : floor.plus(Duration.ofMinutes(1));
    }

    static BigDecimal price(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private MockResponse answer(HttpUrl url) {
        Matcher candles = CANDLES.matcher(url.encodedPath());
        if (candles.matches() && series.containsKey(candles.group(1))) {
            candleRequests.incrementAndGet();
            return ok(Map.of("candles", candles(candles.group(1), url)));
        }
        Matcher boards = BOARDS.matcher(url.encodedPath());
        if (boards.matches()) {
            return ok(Map.of("boards", boards(boards.group(1))));
        }
        return new MockResponse.Builder()
                .code(404)
                .body("not served by the fake ISS: " + url)
                .build();
    }

    private Map<String, Object> candles(String secid, HttpUrl url) {
        LocalDate from = LocalDate.parse(url.queryParameter("from"));
        LocalDate till = LocalDate.parse(url.queryParameter("till"));
        int start = Integer.parseInt(url.queryParameter("start") == null ? "0" : url.queryParameter("start"));
        if (!"1".equals(url.queryParameter("interval"))) {
            throw new IllegalArgumentException("the fake ISS serves interval=1 only, got " + url);
        }
        List<List<Object>> rows = new ArrayList<>();
        int skipped = 0;
        for (Bar bar : closed(secid)) {
            LocalDate day = bar.begin().atZone(MOSCOW).toLocalDate();
            if (day.isBefore(from) || day.isAfter(till)) {
                continue;
            }
            if (skipped++ < start) {
                continue;
            }
            if (rows.size() == PAGE) {
                break;
            }
            rows.add(List.of(
                    bar.open(),
                    bar.close(),
                    bar.high(),
                    bar.low(),
                    bar.close().multiply(BigDecimal.valueOf(bar.volume())),
                    bar.volume(),
                    ISS_TIME.format(bar.begin().atZone(MOSCOW)),
                    ISS_TIME.format(bar.end().minusSeconds(1).atZone(MOSCOW))));
        }
        return Map.of(
                "columns", List.of("open", "close", "high", "low", "value", "volume", "begin", "end"), "data", rows);
    }

    private static Map<String, Object> boards(String secid) {
        List<String> columns = List.of(
                "secid",
                "boardid",
                "title",
                "board_group_id",
                "market_id",
                "market",
                "engine_id",
                "engine",
                "is_traded",
                "decimals",
                "history_from",
                "history_till",
                "listed_from",
                "listed_till",
                "is_primary",
                "currencyid");
        List<Object> row = List.of(
                secid,
                "TQBR",
                "Т+: Акции и ДР - безадрес.",
                57,
                1,
                "shares",
                1,
                "stock",
                1,
                2,
                "2013-03-25",
                "2026-12-02",
                "1997-01-01",
                "2026-12-02",
                1,
                "SUR");
        return Map.of("columns", columns, "data", List.of(row));
    }

    private MockResponse ok(Object body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(json.writeValueAsString(body))
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
