package io.algomoex.collector.adapter.out.finam;

import io.algomoex.collector.application.port.CandleSource;
import io.algomoex.collector.domain.CandleRow;
import io.algomoex.collector.domain.CandleSourceName;
import io.algomoex.collector.domain.MarketInstrument;
import io.algomoex.collector.domain.RejectedCandle;
import io.algomoex.collector.domain.SourceFailureException;
import io.algomoex.collector.domain.UnknownInstrumentException;
import io.algomoex.common.market.Timeframe;
import io.algomoex.common.market.csv.CandleCsvReader;
import io.algomoex.common.market.csv.CsvCandles;
import io.algomoex.common.market.csv.CsvReadOptions;
import io.algomoex.common.market.csv.MalformedCsvException;
import io.algomoex.common.market.csv.TimeMark;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/**
 * Best-effort candles from Finam's historical export (it has broken several times, see the protocol notes §3.5). One
 * request at a time with a pause between requests; a chunk Finam calls too long is halved and retried; "busy" is
 * retried; "forbidden" and HTML pages stop the job. HTTP 200 is not success: the body is checked for Finam's error
 * texts before it is parsed with the shared CSV reader.
 */
@Component
class FinamCandleSource implements CandleSource {

    // Finam answers in windows-1251; its error texts are Russian.
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String TOO_LONG = "слишком большой временной период";
    private static final String BUSY = "Система уже обрабатывает Ваш запрос";
    private static final List<String> FORBIDDEN = List.of(
            "Forbidden: Access is denied", "Автоматическая загрузка недоступна", "Automatic downloading is forbidden");

    private final FinamSettings settings;
    private final OkHttpClient http;
    private final Bucket pacing;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer latency;

    FinamCandleSource(FinamSettings settings, Clock clock, MeterRegistry meters) {
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.latency = Timer.builder("collector.source.request.latency")
                .description("Latency of requests to candle sources")
                .tag("source", "finam")
                .publishPercentileHistogram()
                .register(meters);
        requests("200");
        this.http = new OkHttpClient.Builder()
                .readTimeout(settings.timeout())
                .callTimeout(settings.timeout())
                .build();
        this.pacing = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(1)
                        .refillGreedy(1, settings.pause().isZero() ? java.time.Duration.ofNanos(1) : settings.pause())
                        .build())
                .build();
    }

    @Override
    public String name() {
        return CandleSourceName.FINAM.code();
    }

    @Override
    public int windowDays(Timeframe timeframe) {
        FinamExportRequest.period(timeframe);
        return timeframe.isIntraday() ? settings.intradayChunkDays() : settings.dailyChunkDays();
    }

    @Override
    public void fetch(MarketInstrument instrument, Timeframe timeframe, LocalDate from, LocalDate till, Sink sink) {
        String ticker = instrument.instrument().secid();
        Integer em = settings.instruments().get(ticker);
        if (em == null) {
            throw new UnknownInstrumentException("unknown instrument for Finam: no em id configured for " + ticker
                    + " (set algo.collector.finam.instruments." + ticker + ")");
        }
        LocalDate chunkStart = from;
        long chunkDays = java.time.temporal.ChronoUnit.DAYS.between(from, till) + 1;
        while (!chunkStart.isAfter(till)) {
            LocalDate chunkEnd =
                    chunkStart.plusDays(chunkDays - 1).isAfter(till) ? till : chunkStart.plusDays(chunkDays - 1);
            String body = export(ticker, em, timeframe, chunkStart, chunkEnd, sink);
            if (body.contains(TOO_LONG)) {
                if (chunkDays == 1) {
                    throw new SourceFailureException("Finam calls even one day too long a period for " + ticker);
                }
                chunkDays = Math.max(1, chunkDays / 2);
                continue;
            }
            parse(body, ticker, timeframe, sink);
            chunkStart = chunkEnd.plusDays(1);
        }
    }

    private String export(String ticker, int em, Timeframe timeframe, LocalDate from, LocalDate till, Sink sink) {
        HttpUrl url = FinamExportRequest.url(settings.baseUrl(), ticker, em, settings.market(), timeframe, from, till);
        for (int attempt = 0; ; attempt++) {
            String body = request(url, sink);
            if (!body.contains(BUSY)) {
                return body;
            }
            if (attempt >= settings.busyRetries()) {
                throw new SourceFailureException(
                        "Finam stayed busy after " + (attempt + 1) + " attempts for " + ticker);
            }
        }
    }

    private String request(HttpUrl url, Sink sink) {
        oneAtATime.lock();
        try {
            pacing.asBlocking().consume(1);
            sink.requestSent();
            long started = System.nanoTime();
            Request request = new Request.Builder()
                    .url(url)
                    .header("User-Agent", settings.userAgent())
                    .header("Referer", settings.referer())
                    .get()
                    .build();
            try (Response response = http.newCall(request).execute()) {
                String body = new String(response.body().bytes(), CP1251);
                latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                count(Integer.toString(response.code()));
                for (String forbidden : FORBIDDEN) {
                    if (body.contains(forbidden)) {
                        throw new SourceFailureException("Finam refused the export: '" + forbidden + "'; job stopped");
                    }
                }
                if (response.code() == 403) {
                    throw new SourceFailureException("Finam refused the export (HTTP 403); job stopped");
                }
                if (response.code() != 200) {
                    throw new SourceFailureException("Finam answered HTTP " + response.code());
                }
                if (body.stripLeading().toLowerCase(Locale.ROOT).startsWith("<html")
                        || body.stripLeading().toLowerCase(Locale.ROOT).startsWith("<!doctype")) {
                    throw new SourceFailureException(
                            "Finam sent an HTML page instead of data (the export may need a browser now); job stopped");
                }
                return body;
            }
        } catch (IOException e) {
            count("io-error");
            throw new SourceFailureException("Finam export failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailureException("interrupted while waiting for Finam", e);
        } finally {
            oneAtATime.unlock();
        }
    }

    private void count(String status) {
        requests(status).increment();
    }

    private Counter requests(String status) {
        return Counter.builder("collector.source.requests")
                .description("Requests to candle sources by HTTP status")
                .tag("source", "finam")
                .tag("status", status)
                .register(meters);
    }

    private void parse(String body, String ticker, Timeframe timeframe, Sink sink) {
        if (body.isBlank()) {
            // Finam answers a range without trades with an empty body.
            sink.accept(List.of());
            return;
        }
        CsvCandles candles;
        try {
            candles = CandleCsvReader.read(
                    new StringReader(body), "Finam " + ticker, new CsvReadOptions(TimeMark.START, timeframe));
        } catch (MalformedCsvException e) {
            throw new SourceFailureException(
                    "Finam sent a malformed export: " + e.getMessage() + "; nothing from it was stored", e);
        }
        Instant now = clock.instant();
        sink.rejected(candles.rejected().stream()
                .map(row -> new RejectedCandle(row.line(), row.reason()))
                .toList());
        sink.accept(candles.candles().stream()
                .map(candle -> new CandleRow(
                        candle.line(),
                        candle.begin(),
                        candle.open().value(),
                        candle.high().value(),
                        candle.low().value(),
                        candle.close().value(),
                        candle.volume(),
                        candle.value(),
                        timeframe.nextBegin(candle.begin()).isAfter(now)))
                .toList());
    }
}
