package io.algomoex.collector.adapter.out.finam;

import io.algomoex.collector.application.SourceReply;
import io.algomoex.collector.application.SourceRetryPolicy;
import io.algomoex.collector.domain.SourceUnavailableException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/**
 * GETs Finam exports one at a time, with the configured pause between any two requests (retries included), under
 * the shared {@link SourceRetryPolicy}: 5xx with any body, 429, resets and timeouts are retried up to the retry
 * deadline, 401, 403 and login pages stop at once, and a body the parser rejects is fetched once more.
 */
@Component
class FinamHttpClient {

    private static final String SOURCE = "finam";
    // Finam answers in windows-1251; its error texts are Russian.
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private final FinamSettings settings;
    private final OkHttpClient http;
    private final Bucket pacing;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private final SourceRetryPolicy retry;
    private final MeterRegistry meters;
    private final Timer latency;

    FinamHttpClient(FinamSettings settings, Clock clock, SourceRetryPolicy.Sleeper sleeper, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
        this.retry = new SourceRetryPolicy("Finam", settings.retry(), clock, sleeper, ThreadLocalRandom::current);
        this.latency = Timer.builder("collector.source.request.latency")
                .description("Latency of requests to candle sources")
                .tag("source", SOURCE)
                .publishPercentileHistogram()
                .register(meters);
        requests("200", SourceRetryPolicy.Outcome.SUCCESS);
        this.http = new OkHttpClient.Builder()
                .readTimeout(settings.timeout())
                .callTimeout(settings.timeout())
                .retryOnConnectionFailure(false)
                .build();
        this.pacing = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(1)
                        .refillGreedy(1, settings.pause().isZero() ? Duration.ofNanos(1) : settings.pause())
                        .build())
                .build();
    }

    /**
     * @param parse reads a body; throws {@link io.algomoex.collector.domain.MalformedSourceBodyException} when it
     *     cannot, or {@link io.algomoex.collector.domain.SourceRefusedException} on Finam's refusal texts
     * @param onRequest called once per HTTP attempt
     * @param onRetry called once per attempt that failed and is retried
     */
    <T> T get(HttpUrl url, Function<String, T> parse, Runnable onRequest, Runnable onRetry) {
        return retry.fetch(url.toString(), () -> exchange(url, onRequest), parse, (status, outcome) -> {
            requests(status, outcome).increment();
            if (outcome == SourceRetryPolicy.Outcome.RETRIED) {
                onRetry.run();
            }
        });
    }

    private SourceReply exchange(HttpUrl url, Runnable onRequest) throws InterruptedException {
        oneAtATime.lock();
        try {
            pacing.asBlocking().consume(1);
            onRequest.run();
            long started = System.nanoTime();
            Request request = new Request.Builder()
                    .url(url)
                    .header("User-Agent", settings.userAgent())
                    .header("Referer", settings.referer())
                    .get()
                    .build();
            try (Response response = http.newCall(request).execute()) {
                String body = new String(response.body().bytes(), CP1251);
                return new SourceReply(
                        response.code(), response.header("Content-Type", ""), body, response.header("Retry-After"));
            } catch (IOException e) {
                throw SourceUnavailableException.of(e);
            } finally {
                latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        } finally {
            oneAtATime.unlock();
        }
    }

    private Counter requests(String status, SourceRetryPolicy.Outcome outcome) {
        return Counter.builder("collector.source.requests")
                .description("Requests to candle sources by HTTP status and by how the attempt ended")
                .tag("source", SOURCE)
                .tag("status", status)
                .tag("outcome", outcome.label())
                .register(meters);
    }
}
