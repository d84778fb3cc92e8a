package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.collector.application.CollectCandles;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Collection jobs against the loopback ISS serving real recorded bodies and pages built from real candles. */
class MoexIssCollectionIT extends CollectorTestContext {

    private static final LocalDate FROM = LocalDate.parse("2024-01-01");
    private static final LocalDate TILL = LocalDate.parse("2024-03-31");
    private static final int PAGE_SIZE = 150;

    @Autowired
    CollectCandles collectCandles;

    @Autowired
    MeterRegistry meters;

    IssFixtures iss;

    @BeforeEach
    void loadFixtures() {
        iss = IssFixtures.load();
        vendor.answer(iss.answers(PAGE_SIZE));
    }

    @Test
    void collectsAMultiPageRangeWithOverlappingPagesStoringEachUniqueCandleOnce() {
        Map<String, Object> accepted =
                startCollection("SBER", null, "1h", FROM, TILL).getBody();
        assertThat(accepted).containsEntry("status", "RUNNING").containsKey("id");

        Map<String, Object> job = awaitFinished(accepted.get("id"));

        long unique = iss.uniqueCandles(FROM, TILL);
        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("error", null);
        assertThat(number(job, "candlesStored")).isEqualTo(unique);
        assertThat(number(job, "duplicates")).isPositive();
        assertThat(number(job, "candlesReceived")).isEqualTo(number(job, "candlesStored") + number(job, "duplicates"));
        assertThat(candleCount()).isEqualTo(unique);
        var candleRequests = vendor.requests("/candles.json");
        assertThat(number(job, "requests")).isEqualTo(candleRequests.size());
        assertThat(candleRequests)
                .allSatisfy(request -> assertThat(request.getUrl().encodedPath())
                        .isEqualTo("/iss/engines/stock/markets/shares/boards/TQBR/securities/SBER/candles.json"))
                .allSatisfy(request ->
                        assertThat(request.getUrl().queryParameter("iss.meta")).isEqualTo("off"))
                .allSatisfy(request ->
                        assertThat(request.getUrl().queryParameter("iss.only")).isEqualTo("candles"));
        // Paging advances by the rows received: 0, 150, 300, ... within each window.
        assertThat(candleRequests.stream()
                        .map(r -> r.getUrl().queryParameter("start"))
                        .distinct())
                .contains("0", "150", "300");
        // The primary board came from the recorded security card and is cached in market.instruments.
        assertThat(jdbc.sql("SELECT board FROM market.instruments WHERE secid = 'SBER' AND is_primary")
                        .query(String.class)
                        .single())
                .isEqualTo("TQBR");
    }

    @Test
    void convertsTheRecordedMonthlyIssBodyFromMoscowTimeToUtc() {
        String recorded = ResearchData.text("x1o__moexer__candles-SBER-json.json");
        vendor.answer(request -> {
            if (request.getUrl().encodedPath().startsWith("/iss/securities/")) {
                return IssFixtures.json(ResearchData.text("x1o__moexer__securities-SBER-json.json"));
            }
            // The recorded body is the first page; the next page is the same body with its data emptied.
            return IssFixtures.json(
                    "0".equals(request.getUrl().queryParameter("start"))
                            ? recorded
                            : recorded.replaceAll("(?s)\"data\": \\[.*\\]", "\"data\": []"));
        });

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", "TQBR", "1mo", LocalDate.parse("2020-01-01"), LocalDate.parse("2021-01-01"))
                        .getBody()
                        .get("id"));

        assertThat(job).containsEntry("status", "SUCCEEDED");
        assertThat(number(job, "candlesStored")).isEqualTo(13);
        List<Map<String, Object>> candles = http().get()
                .uri("/api/v1/candles?secid=SBER&board=TQBR&timeframe=1mo&from=2019-12-01&till=2021-02-01")
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {});
        assertThat(candles.getFirst())
                .containsEntry("begin", "2019-12-31T21:00:00Z")
                .containsEntry("open", 255.99)
                .containsEntry("close", 252.2)
                .containsEntry("high", 270.8)
                .containsEntry("low", 251.4)
                .containsEntry("volume", 747137520);
    }

    @Test
    void anUnknownTickerFailsTheJobWithAClearMessage() {
        Map<String, Object> job = awaitFinished(
                startCollection("XXXX", null, "1h", FROM, FROM).getBody().get("id"));

        assertThat(job).containsEntry("status", "FAILED");
        assertThat((String) job.get("error")).contains("unknown instrument").contains("XXXX");
        assertThat(candleCount()).isZero();
    }

    @Test
    void retriesAServerErrorAndThenSucceeds() {
        AtomicInteger candleCalls = new AtomicInteger();
        var pages = iss.answers(PAGE_SIZE);
        vendor.answer(request ->
                request.getUrl().encodedPath().endsWith("/candles.json") && candleCalls.getAndIncrement() == 0
                        ? new MockResponse.Builder()
                                .code(500)
                                .body("Internal Server Error")
                                .build()
                        : pages.apply(request));

        Map<String, Object> job = awaitFinished(startCollection("SBER", null, "1h", FROM, FROM.plusDays(9))
                .getBody()
                .get("id"));

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("retries", 1);
        assertThat(number(job, "candlesStored")).isEqualTo(iss.uniqueCandles(FROM, FROM.plusDays(9)));
        assertThat(number(job, "requests"))
                .isEqualTo(vendor.requests("/candles.json").size());
        assertThat(vendor.requests("/candles.json").getFirst().getUrl())
                .isEqualTo(vendor.requests("/candles.json").get(1).getUrl());
    }

    @Test
    void anHtmlLoginPageOnA200IsAnEntitlementErrorThatStopsTheJob() {
        var pages = iss.answers(PAGE_SIZE);
        vendor.answer(request -> request.getUrl().encodedPath().endsWith("/candles.json")
                ? new MockResponse.Builder()
                        .code(200)
                        .addHeader("Content-Type", "text/html; charset=utf-8")
                        .body("<html><body>Please authenticate</body></html>")
                        .build()
                : pages.apply(request));

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        assertThat(job).containsEntry("status", "FAILED");
        assertThat((String) job.get("error")).contains("login page").contains("entitlement");
        assertThat(number(job, "requests")).isEqualTo(1);
        assertThat(number(job, "retries")).isZero();
        assertThat(candleCount()).isZero();
    }

    @Test
    void aForbiddenAnswerStopsTheJobWithoutRetrying() {
        var pages = iss.answers(PAGE_SIZE);
        vendor.answer(request -> request.getUrl().encodedPath().endsWith("/candles.json")
                ? new MockResponse.Builder().code(403).body("Forbidden").build()
                : pages.apply(request));

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        assertThat(job).containsEntry("status", "FAILED");
        assertThat((String) job.get("error")).contains("HTTP 403").contains("entitlement");
        assertThat(vendor.requests("/candles.json")).hasSize(1);
        assertThat(candleCount()).isZero();
    }

    @Test
    void aBodyMalformedTwiceFailsTheJobWithItsUrlAndParseErrorAndStoresNothingFromIt() {
        var pages = iss.answers(PAGE_SIZE);
        vendor.answer(request -> {
            if (!request.getUrl().encodedPath().endsWith("/candles.json")) {
                return pages.apply(request);
            }
            // A real page cut short in the middle of its data, as a dropped connection would leave it.
            String page = iss.page(request.getUrl(), PAGE_SIZE);
            return IssFixtures.json(page.substring(0, page.length() / 2));
        });

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        var candleRequests = vendor.requests("/candles.json");
        var url = candleRequests.getFirst().getUrl();
        assertThat(job).containsEntry("status", "FAILED");
        assertThat((String) job.get("error"))
                .contains("malformed")
                .contains(url.encodedPath() + "?" + url.encodedQuery())
                .contains("not JSON")
                .contains("nothing from it was stored");
        // Retried once, then given up: the same page twice and nothing else.
        assertThat(candleRequests)
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.getUrl()).isEqualTo(url));
        assertThat(number(job, "retries")).isEqualTo(1);
        assertThat(candleCount()).isZero();
    }

    @Test
    void anUnauthorizedAnswerStopsTheJobWithoutRetrying() {
        var pages = iss.answers(PAGE_SIZE);
        vendor.answer(request -> request.getUrl().encodedPath().endsWith("/candles.json")
                ? new MockResponse.Builder().code(401).body("Unauthorized").build()
                : pages.apply(request));

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        assertThat(job).containsEntry("status", "FAILED").containsEntry("retries", 0);
        assertThat((String) job.get("error")).contains("HTTP 401").contains("entitlement");
        assertThat(vendor.requests("/candles.json")).hasSize(1);
        assertThat(candleCount()).isZero();
    }

    @Test
    void aJobStoppedMidRangeResumesAfterARestartWithoutDuplicates() {
        // The first half was collected before the "previous process" died; its job row still says RUNNING with
        // resume_from in the middle of the range, exactly what a killed process leaves behind.
        LocalDate resumeFrom = LocalDate.parse("2024-02-10");
        awaitFinished(startCollection("SBER", null, "1h", FROM, resumeFrom.minusDays(1))
                .getBody()
                .get("id"));
        long storedBefore = candleCount();
        UUID interrupted = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO market.collection_jobs (id, secid, board, timeframe, date_from, date_till, source,
                            status, resume_from, requests, candles_received, candles_stored, created_at, updated_at)
                        VALUES (?, 'SBER', NULL, '1h', ?, ?, 'moex-iss', 'RUNNING', ?, 5, ?, ?, now(), now())
                        """)
                .params(interrupted, FROM, TILL, resumeFrom, storedBefore, storedBefore)
                .update();
        vendor.reset();
        vendor.answer(iss.answers(PAGE_SIZE));

        int resumed = collectCandles.resumeInterrupted();
        Map<String, Object> job = awaitFinished(interrupted);

        assertThat(resumed).isEqualTo(1);
        assertThat(job).containsEntry("status", "SUCCEEDED");
        assertThat(candleCount()).isEqualTo(iss.uniqueCandles(FROM, TILL));
        assertThat(jdbc.sql("SELECT count(*) - count(DISTINCT begin) FROM market.candles")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(vendor.requests("/candles.json"))
                .allSatisfy(
                        request -> assertThat(LocalDate.parse(request.getUrl().queryParameter("from")))
                                .isAfterOrEqualTo(resumeFrom));
    }

    @Test
    void aJobThatFailedMidRangeAndIsRunAgainEndsWithEachUniqueCandleOnce() {
        var pages = iss.answers(PAGE_SIZE);
        vendor.answer(request -> request.getUrl().encodedPath().endsWith("/candles.json")
                        && request.getUrl().queryParameter("from").compareTo("2024-02-15") > 0
                ? new MockResponse.Builder().code(403).body("Forbidden").build()
                : pages.apply(request));
        Map<String, Object> failed = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));
        assertThat(failed).containsEntry("status", "FAILED");
        assertThat(candleCount()).isPositive().isLessThan(iss.uniqueCandles(FROM, TILL));

        vendor.answer(pages);
        Map<String, Object> rerun = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        assertThat(rerun).containsEntry("status", "SUCCEEDED");
        assertThat(candleCount()).isEqualTo(iss.uniqueCandles(FROM, TILL));
        assertThat(number(rerun, "candlesStored") + number(failed, "candlesStored"))
                .isEqualTo(iss.uniqueCandles(FROM, TILL));
    }

    @Test
    void twoConcurrentJobsShareOneRateLimitThatIsNeverExceeded() {
        jdbc.sql("INSERT INTO market.instruments (secid, board, engine, market, is_primary) VALUES"
                        + " ('SBER', 'TQBR', 'stock', 'shares', true)")
                .update();
        Object first =
                startCollection("SBER", "TQBR", "1h", FROM, TILL).getBody().get("id");
        Object second = startCollection(
                        "SBER", "TQBR", "1h", LocalDate.parse("2023-09-01"), LocalDate.parse("2023-12-31"))
                .getBody()
                .get("id");
        awaitFinished(first);
        awaitFinished(second);

        List<Instant> arrivals = vendor.arrivals().stream()
                .map(LoopbackVendor.Arrival::at)
                .sorted()
                .toList();
        int rate = 10; // algo.collector.moex-iss.requests-per-second in CollectorTestContext
        assertThat(arrivals).hasSizeGreaterThan(2 * rate);
        // Any rate + 1 consecutive requests span at least one second, less an allowance for a request held up between
        // taking its token and reaching the server (GC or scheduling on a loaded 2-core CI machine).
        for (int i = 0; i + rate < arrivals.size(); i++) {
            assertThat(Duration.between(arrivals.get(i), arrivals.get(i + rate)))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1000 - 60));
        }
    }

    @Test
    void repeatedPastPagesComeFromTheRedisCache() {
        awaitFinished(startCollection("SBER", null, "1h", FROM, FROM.plusDays(20))
                .getBody()
                .get("id"));
        int requestsBefore = vendor.requests("/candles.json").size();
        double hitsBefore =
                meters.counter("collector.cache.requests", "result", "hit").count();

        Map<String, Object> again = awaitFinished(startCollection("SBER", null, "1h", FROM, FROM.plusDays(20))
                .getBody()
                .get("id"));

        assertThat(again).containsEntry("status", "SUCCEEDED").containsEntry("requests", 0);
        assertThat(vendor.requests("/candles.json")).hasSize(requestsBefore);
        assertThat(meters.counter("collector.cache.requests", "result", "hit").count())
                .isGreaterThanOrEqualTo(hitsBefore + requestsBefore);
        assertThat(redis.getExpire(
                        redis.keys("algo:collector:page:*").iterator().next()))
                .isGreaterThan(Duration.ofHours(23).toSeconds());
    }

    @Test
    void mutatingEndpointsRefuseAMissingOrWrongToken() {
        ResponseEntity<Map<String, Object>> response = http().post()
                .uri("/api/v1/collections")
                .header("Authorization", "Bearer wrong")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("secid", "SBER", "timeframe", "1h", "from", "2024-01-01", "till", "2024-01-02"))
                .retrieve()
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() {});

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.sql("SELECT count(*) FROM market.collection_jobs")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTimeframeIssDoesNotServeIsA400() {
        ResponseEntity<Map<String, Object>> response = startCollection("SBER", "TQBR", "5m", FROM, TILL);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("no native 5m candles");
    }
}
