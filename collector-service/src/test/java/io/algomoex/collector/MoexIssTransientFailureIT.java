package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.algomoex.common.market.Timeframe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A loopback ISS that fails mid-range, on the second page of the second window, in each way a reverse proxy or a
 * network fails. Pages come from {@link IssFixtures} (real hourly SBER candles). The HTML error body is nginx's stock
 * 502 page ({@code src/http/ngx_http_special_response.c}: {@code ngx_http_error_502_page} plus
 * {@code ngx_http_error_tail}); the JSON 5xx body is the real ISS page itself, which must not be stored when its
 * status says the answer failed.
 */
class MoexIssTransientFailureIT extends CollectorTestContext {

    private static final LocalDate FROM = LocalDate.parse("2024-01-01");
    private static final LocalDate TILL = LocalDate.parse("2024-03-31");
    private static final int PAGE_SIZE = 150;
    private static final int FAILURES = 2;
    private static final DateTimeFormatter ISS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    @Autowired
    MeterRegistry meters;

    IssFixtures iss;

    /** How the failing page fails, and the {@code status} tag its retries are counted under. */
    enum Failure {
        SERVER_ERROR_HTML("502"),
        SERVER_ERROR_JSON("503"),
        CONNECTION_RESET("io-error"),
        READ_TIMEOUT("timeout"),
        TOO_MANY_REQUESTS("429");

        final String status;

        Failure(String status) {
            this.status = status;
        }

        MockResponse answer(IssFixtures iss, HttpUrl url) {
            return switch (this) {
                case SERVER_ERROR_HTML ->
                    new MockResponse.Builder()
                            .code(502)
                            .addHeader("Content-Type", "text/html")
                            .body(NGINX_502)
                            .build();
                case SERVER_ERROR_JSON ->
                    new MockResponse.Builder(IssFixtures.json(iss.page(url, PAGE_SIZE)))
                            .code(503)
                            .build();
                // The status line and headers go out, then the connection drops in the middle of the body.
                case CONNECTION_RESET ->
                    new MockResponse.Builder(IssFixtures.json(iss.page(url, PAGE_SIZE)))
                            .onResponseBody(new SocketEffect.CloseSocket())
                            .build();
                // Longer than algo.collector.moex-iss.read-timeout (2 s in CollectorTestContext).
                case READ_TIMEOUT ->
                    new MockResponse.Builder(IssFixtures.json(iss.page(url, PAGE_SIZE)))
                            .headersDelay(3, TimeUnit.SECONDS)
                            .build();
                // RFC 9110 §10.2.3 delay-seconds form.
                case TOO_MANY_REQUESTS ->
                    new MockResponse.Builder()
                            .code(429)
                            .addHeader("Retry-After", "1")
                            .build();
            };
        }
    }

    @BeforeEach
    void loadFixtures() {
        iss = IssFixtures.load();
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void aTransientFailureMidRangeIsRetriedAndTheJobEndsWithEveryCandle(Failure failure) {
        double retriedBefore = retried(failure.status);
        AtomicInteger failed = new AtomicInteger();
        vendor.answer(failingMidRange(
                request -> failed.getAndIncrement() < FAILURES ? failure.answer(iss, request.getUrl()) : null));

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("error", null);
        assertThat(number(job, "retries")).isEqualTo(FAILURES);
        assertThat(retried(failure.status) - retriedBefore).isEqualTo(FAILURES);
        assertThat(candleCount()).isEqualTo(iss.uniqueCandles(FROM, TILL));
        assertThat(number(job, "candlesStored")).isEqualTo(iss.uniqueCandles(FROM, TILL));
        var candleRequests = vendor.requests("/candles.json");
        assertThat(number(job, "requests")).isEqualTo(candleRequests.size());
        // The job went on from the page it was on: only the failing page was asked for more than once.
        Map<HttpUrl, Long> asked =
                candleRequests.stream().collect(Collectors.groupingBy(RecordedRequest::getUrl, Collectors.counting()));
        assertThat(asked)
                .allSatisfy((url, times) -> assertThat(times).isEqualTo(isFailingPage(url) ? FAILURES + 1L : 1L));

        Map<String, Object> rerun = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        assertThat(rerun).containsEntry("status", "SUCCEEDED").containsEntry("candlesStored", 0);
        assertThat(candleCount()).isEqualTo(iss.uniqueCandles(FROM, TILL));
    }

    @Test
    void aPageThatKeepsFailingPastTheDeadlineFailsTheJobKeepingOnlyWholePages() {
        Set<String> served = ConcurrentHashMap.newKeySet();
        var pages = iss.answers(PAGE_SIZE);
        vendor.answer(request -> {
            if (request.getUrl().encodedPath().endsWith("/candles.json") && isFailingPage(request.getUrl())) {
                return Failure.SERVER_ERROR_HTML.answer(iss, request.getUrl());
            }
            if (request.getUrl().encodedPath().endsWith("/candles.json")) {
                served.addAll(iss.pageBegins(request.getUrl(), PAGE_SIZE));
            }
            return pages.apply(request);
        });

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        HttpUrl failing = vendor.requests("/candles.json").getLast().getUrl();
        assertThat(isFailingPage(failing)).isTrue();
        assertThat(job).containsEntry("status", "FAILED");
        // A re-run (or a resumed job) starts again at the window that failed.
        assertThat(jdbc.sql("SELECT resume_from FROM market.collection_jobs WHERE id = ?")
                        .param(java.util.UUID.fromString((String) job.get("id")))
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.parse("2024-02-01"));
        assertThat((String) job.get("error"))
                .contains(failing.encodedPath() + "?" + failing.encodedQuery())
                .contains("past the retry deadline of 3000 ms")
                .contains("last failure: HTTP 502, an HTML page");
        assertThat(number(job, "retries")).isPositive();
        // Stored: exactly the candles of the pages served whole, none of the failing page's own.
        assertThat(storedBegins())
                .isEqualTo(served.stream().map(MoexIssTransientFailureIT::utc).collect(Collectors.toSet()));
        assertThat(storedBegins())
                .doesNotContainAnyElementsOf(iss.pageBegins(failing, PAGE_SIZE).stream()
                        .filter(begin -> !served.contains(begin))
                        .map(MoexIssTransientFailureIT::utc)
                        .toList());
    }

    @Test
    void aBodyMalformedTwiceMidRangeFailsWithItsUrlAndStoresNothingOfThatPage() {
        Set<String> served = ConcurrentHashMap.newKeySet();
        var pages = iss.answers(PAGE_SIZE);
        vendor.answer(request -> {
            HttpUrl url = request.getUrl();
            if (url.encodedPath().endsWith("/candles.json") && isFailingPage(url)) {
                String page = iss.page(url, PAGE_SIZE);
                return IssFixtures.json(page.substring(0, page.length() / 2));
            }
            if (url.encodedPath().endsWith("/candles.json")) {
                served.addAll(iss.pageBegins(url, PAGE_SIZE));
            }
            return pages.apply(request);
        });

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        HttpUrl failing = vendor.requests("/candles.json").getLast().getUrl();
        assertThat(job).containsEntry("status", "FAILED").containsEntry("retries", 1);
        assertThat((String) job.get("error"))
                .contains(failing.encodedPath() + "?" + failing.encodedQuery())
                .contains("not JSON");
        assertThat(vendor.requests("/candles.json"))
                .filteredOn(r -> isFailingPage(r.getUrl()))
                .hasSize(2);
        assertThat(storedBegins())
                .isEqualTo(served.stream().map(MoexIssTransientFailureIT::utc).collect(Collectors.toSet()));
    }

    @Test
    void aBodyMalformedOnceIsFetchedAgainAndTheJobSucceeds() {
        AtomicInteger failed = new AtomicInteger();
        vendor.answer(failingMidRange(request -> {
            if (failed.getAndIncrement() > 0) {
                return null;
            }
            String page = iss.page(request.getUrl(), PAGE_SIZE);
            return IssFixtures.json(page.substring(0, page.length() / 2));
        }));

        Map<String, Object> job = awaitFinished(
                startCollection("SBER", null, "1h", FROM, TILL).getBody().get("id"));

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("retries", 1);
        assertThat(candleCount()).isEqualTo(iss.uniqueCandles(FROM, TILL));
    }

    /** Real pages, except that {@code failure} answers the failing page while it returns non-null. */
    private Function<RecordedRequest, MockResponse> failingMidRange(Function<RecordedRequest, MockResponse> failure) {
        var pages = iss.answers(PAGE_SIZE);
        return request -> {
            if (request.getUrl().encodedPath().endsWith("/candles.json") && isFailingPage(request.getUrl())) {
                MockResponse answer = failure.apply(request);
                if (answer != null) {
                    return answer;
                }
            }
            return pages.apply(request);
        };
    }

    /** The second page of the second 31-day window (hourly windows: Jan 1-31, Feb 1-Mar 2, Mar 3-31). */
    private static boolean isFailingPage(HttpUrl url) {
        return "2024-02-01".equals(url.queryParameter("from")) && "150".equals(url.queryParameter("start"));
    }

    private double retried(String status) {
        var counter = meters.find("collector.source.requests")
                .tags("source", "moex-iss", "status", status, "outcome", "retried")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Set<Instant> storedBegins() {
        return Set.copyOf(jdbc.sql("SELECT begin FROM market.candles")
                .query((row, number) -> row.getTimestamp("begin").toInstant())
                .list());
    }

    private static Instant utc(String moscow) {
        return LocalDateTime.parse(moscow, ISS_TIME).atZone(Timeframe.MOSCOW).toInstant();
    }
}
