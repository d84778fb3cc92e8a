package io.algomoex.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.algomoex.collector.application.CollectCandles;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.CollectionJob;
import io.algomoex.collector.domain.CollectionRequest;
import io.algomoex.collector.domain.CollectionStatus;
import io.algomoex.common.market.Timeframe;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finam collections against the loopback server. Export bodies are cut from the real Finam export
 * {@code ffeast__finam-export__data_sber_minutes30.csv} (SBER 30 min, 2015, {@code ;}-separated DATE..VOL records,
 * HH:MM:SS start times: the format this client requests), keeping the header and the rows whose date lies in the
 * requested {@code df/mf/yf..dt/mt/yt} range, with CRLF line ends and windows-1251 encoding as Finam sends. Error
 * bodies are the texts finam-export detects (protocol notes §3.5).
 */
class FinamCollectionIT extends CollectorTestContext {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String EXPORT = "ffeast__finam-export__data_sber_minutes30.csv";
    private static final LocalDate FROM = LocalDate.parse("2015-01-01");
    private static final LocalDate TILL = LocalDate.parse("2015-06-30");

    @Autowired
    CollectCandles collectCandles;

    @Autowired
    MeterRegistry meters;

    List<String> exportLines;

    @BeforeEach
    void loadExport() {
        exportLines = ResearchData.text(EXPORT).lines().toList();
    }

    @Test
    void collectsInChunksOfAtMost120DaysWithEveryExportParameter() {
        vendor.answer(answers(request -> null));

        CollectionJob job = collect("SBER");

        assertThat(job.status()).isEqualTo(CollectionStatus.SUCCEEDED);
        assertThat(job.candlesStored()).isEqualTo(rowsBetween(FROM, TILL));
        assertThat(candleCount()).isEqualTo(rowsBetween(FROM, TILL));
        List<RecordedRequest> exports = finamRequests();
        assertThat(exports).hasSize(2);
        HttpUrl first = exports.getFirst().getUrl();
        assertThat(first.queryParameterNames())
                .contains(
                        "market",
                        "em",
                        "code",
                        "cn",
                        "apply",
                        "df",
                        "mf",
                        "yf",
                        "from",
                        "dt",
                        "mt",
                        "yt",
                        "to",
                        "p",
                        "f",
                        "e",
                        "dtf",
                        "tmf",
                        "MSOR",
                        "mstime",
                        "mstimever",
                        "sep",
                        "sep2",
                        "datf",
                        "at",
                        "fsp",
                        "d");
        assertThat(first.queryParameter("em")).isEqualTo("3");
        assertThat(first.queryParameter("p")).isEqualTo("6");
        assertThat(first.queryParameter("mf")).isEqualTo("0"); // January, 0-based
        assertThat(first.queryParameter("from")).isEqualTo("01.01.2015");
        assertThat(first.queryParameter("MSOR")).isEqualTo("0");
        assertThat(first.queryParameter("sep2")).isEqualTo("1");
        assertThat(exports.getFirst().getHeaders().get("User-Agent")).startsWith("Mozilla/5.0");
        for (RecordedRequest export : exports) {
            assertThat(ChronoUnit.DAYS.between(range(export.getUrl())[0], range(export.getUrl())[1]) + 1)
                    .isLessThanOrEqualTo(120);
        }
    }

    @Test
    void halvesAChunkFinamCallsTooLong() {
        vendor.answer(answers(request -> {
            LocalDate[] range = range(request.getUrl());
            return ChronoUnit.DAYS.between(range[0], range[1]) >= 60
                    ? "Вы запросили данные за слишком большой временной период."
                    : null;
        }));

        CollectionJob job = collect("SBER");

        assertThat(job.status()).isEqualTo(CollectionStatus.SUCCEEDED);
        assertThat(job.candlesStored()).isEqualTo(rowsBetween(FROM, TILL));
        assertThat(finamRequests())
                .filteredOn(
                        request -> ChronoUnit.DAYS.between(range(request.getUrl())[0], range(request.getUrl())[1]) < 60)
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void retriesWhileFinamIsBusy() {
        AtomicInteger calls = new AtomicInteger();
        vendor.answer(answers(request -> calls.getAndIncrement() < 2 ? "Система уже обрабатывает Ваш запрос" : null));

        CollectionJob job = collect("SBER");

        assertThat(job.status()).isEqualTo(CollectionStatus.SUCCEEDED);
        assertThat(job.candlesStored()).isEqualTo(rowsBetween(FROM, TILL));
        assertThat(job.requests()).isEqualTo(finamRequests().size()).isEqualTo(4);
    }

    @Test
    void rowsBreakingCandleInvariantsAreCountedAsRejected() {
        // The real export with one row's high lowered below its open, as a corrupt export would have it.
        vendor.answer(answers(request -> null));
        String corrupted = exportLines.get(1);
        String[] fields = corrupted.split(";");
        fields[3] = "1.0000000";
        exportLines = new java.util.ArrayList<>(exportLines);
        exportLines.set(1, String.join(";", fields));

        CollectionJob job = collect("SBER");

        assertThat(job.status()).isEqualTo(CollectionStatus.SUCCEEDED);
        assertThat(job.rejected()).isEqualTo(1);
        assertThat(job.candlesStored()).isEqualTo(rowsBetween(FROM, TILL) - 1);
    }

    @Test
    void forbiddenStopsTheJobWithFinamsMessage() {
        vendor.answer(answers(request -> "Forbidden: Access is denied"));

        CollectionJob job = collect("SBER");

        assertThat(job.status()).isEqualTo(CollectionStatus.FAILED);
        assertThat(job.error()).contains("Forbidden: Access is denied");
        assertThat(finamRequests()).hasSize(1);
        assertThat(candleCount()).isZero();
    }

    /** How the second export fails, and the {@code status} tag its retries are counted under. */
    enum Failure {
        SERVER_ERROR_HTML("502"),
        CONNECTION_RESET("io-error"),
        TIMEOUT("timeout"),
        TOO_MANY_REQUESTS("429");

        final String status;

        Failure(String status) {
            this.status = status;
        }
    }

    @ParameterizedTest
    @EnumSource(Failure.class)
    void aTransientFailureOfTheSecondExportIsRetriedAndTheJobEndsWithEveryCandle(Failure failure) {
        double retriedBefore = retried(failure.status);
        AtomicInteger failed = new AtomicInteger();
        vendor.answer(failingSecondExport(request -> failed.getAndIncrement() < 2 ? failure(failure, request) : null));

        CollectionJob job = collect("SBER");

        assertThat(job.status()).isEqualTo(CollectionStatus.SUCCEEDED);
        assertThat(job.retries()).isEqualTo(2);
        assertThat(retried(failure.status) - retriedBefore).isEqualTo(2);
        assertThat(job.candlesStored()).isEqualTo(rowsBetween(FROM, TILL));
        assertThat(candleCount()).isEqualTo(rowsBetween(FROM, TILL));
        // Two chunks, the second asked three times; the first was never asked again.
        assertThat(job.requests()).isEqualTo(finamRequests().size()).isEqualTo(4);
        assertThat(finamRequests())
                .filteredOn(request -> isSecondExport(request.getUrl()))
                .hasSize(3);

        CollectionJob rerun = collect("SBER");

        assertThat(rerun.status()).isEqualTo(CollectionStatus.SUCCEEDED);
        assertThat(rerun.candlesStored()).isZero();
        assertThat(candleCount()).isEqualTo(rowsBetween(FROM, TILL));
    }

    @Test
    void anUnauthorizedAnswerStopsTheJobAtOnce() {
        vendor.answer(failingSecondExport(request ->
                new MockResponse.Builder().code(401).body("Unauthorized").build()));

        CollectionJob job = collect("SBER");

        assertThat(job.status()).isEqualTo(CollectionStatus.FAILED);
        assertThat(job.error()).contains("HTTP 401").contains("entitlement");
        assertThat(job.retries()).isZero();
        assertThat(finamRequests())
                .filteredOn(request -> isSecondExport(request.getUrl()))
                .hasSize(1);
        assertThat(candleCount()).isEqualTo(rowsBetween(FROM, LocalDate.parse("2015-04-30")));
    }

    @Test
    void aLoginPageOnA200StopsTheJobAtOnce() {
        vendor.answer(failingSecondExport(request -> new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/html; charset=utf-8")
                .body("<html><body>Please authenticate</body></html>")
                .build()));

        CollectionJob job = collect("SBER");

        assertThat(job.status()).isEqualTo(CollectionStatus.FAILED);
        assertThat(job.error()).contains("login page").contains("entitlement");
        assertThat(finamRequests())
                .filteredOn(request -> isSecondExport(request.getUrl()))
                .hasSize(1);
    }

    @Test
    void anExportMalformedTwiceFailsWithItsUrlAndStoresNothingOfIt() {
        vendor.answer(failingSecondExport(request -> {
            // The real export cut short inside its last line's time, as a dropped proxy connection would leave it.
            String body = exportBody(request);
            String cut = body.substring(0, body.lastIndexOf("\r\n") + 2 + 12);
            return new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "text/plain; charset=windows-1251")
                    .body(new Buffer().write(cut.getBytes(CP1251)))
                    .build();
        }));

        CollectionJob job = collect("SBER");

        HttpUrl second = finamRequests().getLast().getUrl();
        assertThat(job.status()).isEqualTo(CollectionStatus.FAILED);
        assertThat(job.error())
                .contains("malformed export")
                .contains(second.encodedPath() + "?" + second.encodedQuery())
                .contains("nothing from it was stored");
        assertThat(job.retries()).isEqualTo(1);
        assertThat(finamRequests())
                .filteredOn(request -> isSecondExport(request.getUrl()))
                .hasSize(2);
        assertThat(candleCount()).isEqualTo(rowsBetween(FROM, LocalDate.parse("2015-04-30")));
    }

    @Test
    void aTickerWithoutAConfiguredEmFailsClearly() {
        jdbc.sql("INSERT INTO market.instruments (secid, board, engine, market, is_primary)"
                        + " VALUES ('VTBR', 'TQBR', 'stock', 'shares', true)")
                .update();
        vendor.answer(answers(request -> null));

        CollectionJob job = collect("VTBR");

        assertThat(job.status()).isEqualTo(CollectionStatus.FAILED);
        assertThat(job.error()).contains("no em id configured for VTBR");
    }

    private CollectionJob collect(String secid) {
        CollectionJob started = collectCandles.start(
                new CollectionRequest(secid, "TQBR", Timeframe.M30, FROM, TILL, CandleSourceName.FINAM));
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> collectCandles.find(started.id()).orElseThrow(),
                        job -> job.status() != CollectionStatus.RUNNING);
    }

    /** The real answers, except that {@code failure} answers the second export while it returns non-null. */
    private Function<RecordedRequest, MockResponse> failingSecondExport(
            Function<RecordedRequest, MockResponse> failure) {
        var exports = answers(request -> null);
        return request -> {
            if (isSecondExport(request.getUrl())) {
                MockResponse answer = failure.apply(request);
                if (answer != null) {
                    return answer;
                }
            }
            return exports.apply(request);
        };
    }

    /** The HTML page is nginx's stock 502 page ({@code src/http/ngx_http_special_response.c}). */
    private MockResponse failure(Failure failure, RecordedRequest request) {
        MockResponse export = answers(r -> null).apply(request);
        return switch (failure) {
            case SERVER_ERROR_HTML ->
                new MockResponse.Builder()
                        .code(502)
                        .addHeader("Content-Type", "text/html")
                        .body(MoexIssTransientFailureIT.NGINX_502)
                        .build();
            case CONNECTION_RESET ->
                new MockResponse.Builder(export)
                        .onResponseBody(new SocketEffect.CloseSocket())
                        .build();
            // Longer than algo.collector.finam.timeout (2 s in CollectorTestContext).
            case TIMEOUT ->
                new MockResponse.Builder(export)
                        .headersDelay(3, TimeUnit.SECONDS)
                        .build();
            case TOO_MANY_REQUESTS ->
                new MockResponse.Builder()
                        .code(429)
                        .addHeader("Retry-After", "1")
                        .build();
        };
    }

    /** The second 120-day chunk of 2015-01-01..2015-06-30 starts on 1 May ({@code mf} is 0-based). */
    private static boolean isSecondExport(HttpUrl url) {
        return !url.encodedPath().startsWith("/iss/") && "4".equals(url.queryParameter("mf"));
    }

    private double retried(String status) {
        var counter = meters.find("collector.source.requests")
                .tags("source", "finam", "status", status, "outcome", "retried")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private String exportBody(RecordedRequest request) {
        LocalDate[] range = range(request.getUrl());
        return exportLines.getFirst() + "\r\n"
                + exportLines.stream()
                        .skip(1)
                        .filter(line -> inRange(line, range[0], range[1]))
                        .collect(Collectors.joining("\r\n"));
    }

    /** Security cards from the recorded ISS body; exports from the real file, unless {@code error} gives a body. */
    private Function<RecordedRequest, MockResponse> answers(Function<RecordedRequest, String> error) {
        return request -> {
            if (request.getUrl().encodedPath().startsWith("/iss/securities/")) {
                return IssFixtures.json(ResearchData.text("x1o__moexer__securities-SBER-json.json"));
            }
            String body = error.apply(request);
            if (body == null) {
                body = exportBody(request);
            }
            return new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "text/plain; charset=windows-1251")
                    .body(new Buffer().write(body.getBytes(CP1251)))
                    .build();
        };
    }

    private List<RecordedRequest> finamRequests() {
        return vendor.arrivals().stream()
                .map(LoopbackVendor.Arrival::request)
                .filter(request -> !request.getUrl().encodedPath().startsWith("/iss/"))
                .toList();
    }

    private long rowsBetween(LocalDate from, LocalDate till) {
        return exportLines.stream()
                .skip(1)
                .filter(line -> inRange(line, from, till))
                .count();
    }

    private static boolean inRange(String line, LocalDate from, LocalDate till) {
        LocalDate day = LocalDate.parse(line.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return !day.isBefore(from) && !day.isAfter(till);
    }

    private static LocalDate[] range(HttpUrl url) {
        return new LocalDate[] {
            LocalDate.of(
                    Integer.parseInt(url.queryParameter("yf")),
                    Integer.parseInt(url.queryParameter("mf")) + 1,
                    Integer.parseInt(url.queryParameter("df"))),
            LocalDate.of(
                    Integer.parseInt(url.queryParameter("yt")),
                    Integer.parseInt(url.queryParameter("mt")) + 1,
                    Integer.parseInt(url.queryParameter("dt")))
        };
    }
}
