package io.algomoex.collector.adapter.out.moex;

import io.algomoex.collector.application.SourceReply;
import io.algomoex.collector.application.SourceRetryPolicy;
import io.algomoex.collector.application.port.PageCache;
import io.algomoex.collector.domain.MalformedSourceBodyException;
import io.algomoex.collector.domain.SourceUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;

/**
 * GETs and parses ISS JSON: cache first, then through the shared throttle under the shared {@link SourceRetryPolicy}
 * (5xx with any body, 429, resets and timeouts are retried up to the retry deadline; 401, 403 and login pages stop at
 * once; a malformed body is fetched once more). A body reaches the cache only after it parsed.
 */
@Component
class IssHttpClient {

    private static final String SOURCE = "moex-iss";

    private final OkHttpClient http;
    private final IssRequestThrottle throttle;
    private final PageCache cache;
    private final MoexIssSettings settings;
    private final SourceRetryPolicy retry;
    private final MeterRegistry meters;
    private final Timer latency;

    IssHttpClient(
            MoexIssSettings settings,
            PageCache cache,
            MeterRegistry meters,
            Clock clock,
            SourceRetryPolicy.Sleeper sleeper) {
        this.settings = settings;
        this.cache = cache;
        this.meters = meters;
        this.throttle = new IssRequestThrottle(settings.requestsPerSecond(), settings.maxInFlight(), meters);
        this.retry = new SourceRetryPolicy("MOEX ISS", settings.retry(), clock, sleeper, ThreadLocalRandom::current);
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
        this.latency = Timer.builder("collector.source.request.latency")
                .description("Latency of requests to MOEX ISS")
                .tag("source", SOURCE)
                .publishPercentileHistogram()
                .register(meters);
        // The series exists before the first request, so Grafana's rate() starts at zero rather than a gap.
        requests("200", SourceRetryPolicy.Outcome.SUCCESS);
    }

    HttpUrl.Builder url(String path) {
        HttpUrl base = HttpUrl.get(settings.baseUrl());
        return base.newBuilder().encodedPath(path);
    }

    /**
     * @param parse reads a body; throws {@link MalformedSourceBodyException} when it cannot
     * @param onRequest called once per HTTP attempt (not for cache hits)
     * @param onRetry called once per attempt that failed and is retried
     * @throws io.algomoex.collector.domain.SourceFailureException on refusals, final answers, a body malformed twice,
     *     or failures past the retry deadline
     */
    <T> T get(HttpUrl url, Duration cacheFor, Function<String, T> parse, Runnable onRequest, Runnable onRetry) {
        String key = url.toString();
        Optional<T> cached = cache.get(key).flatMap(body -> parsedOrEmpty(body, parse));
        if (cached.isPresent()) {
            return cached.get();
        }
        Parsed<T> fetched = retry.fetch(
                key,
                () -> throttle.call(() -> exchange(url, onRequest)),
                body -> new Parsed<>(body, parse.apply(body)),
                (status, outcome) -> {
                    requests(status, outcome).increment();
                    if (outcome == SourceRetryPolicy.Outcome.RETRIED) {
                        onRetry.run();
                    }
                });
        cache.put(key, fetched.body(), cacheFor);
        return fetched.value();
    }

    private SourceReply exchange(HttpUrl url, Runnable onRequest) {
        onRequest.run();
        Request request = new Request.Builder().url(url).get().build();
        long started = System.nanoTime();
        try (Response response = http.newCall(request).execute()) {
            return new SourceReply(
                    response.code(),
                    response.header("Content-Type", ""),
                    response.body().string(),
                    response.header("Retry-After"));
        } catch (IOException e) {
            throw SourceUnavailableException.of(e);
        } catch (UncheckedIOException e) {
            throw SourceUnavailableException.of(e.getCause());
        } finally {
            latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private static <T> Optional<T> parsedOrEmpty(String body, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(body));
        } catch (MalformedSourceBodyException e) {
            // A cached body that no longer parses (an older format) is fetched again rather than failing the job.
            return Optional.empty();
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

    private record Parsed<T>(String body, T value) {}
}
