package io.algomoex.collector.adapter.out.moex;

import io.algomoex.collector.application.port.PageCache;
import io.algomoex.collector.domain.SourceFailureException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.springframework.stereotype.Component;

/**
 * GETs ISS JSON: cache first, then through the shared throttle, retrying 5xx and I/O errors with exponential back-off
 * and jitter. HTTP 403 and HTML bodies mean missing entitlement (ISS answers with a login page) and stop at once.
 */
@Component
class IssHttpClient {

    private final OkHttpClient http;
    private final IssRequestThrottle throttle;
    private final PageCache cache;
    private final MoexIssSettings settings;
    private final MeterRegistry meters;
    private final Timer latency;

    IssHttpClient(MoexIssSettings settings, PageCache cache, MeterRegistry meters) {
        this.settings = settings;
        this.cache = cache;
        this.meters = meters;
        this.throttle = new IssRequestThrottle(settings.requestsPerSecond(), settings.maxInFlight(), meters);
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
        this.latency = Timer.builder("collector.source.request.latency")
                .description("Latency of requests to MOEX ISS")
                .tag("source", "moex-iss")
                .publishPercentileHistogram()
                .register(meters);
        // The series exists before the first request, so Grafana's rate() starts at zero rather than a gap.
        requests("200");
    }

    HttpUrl.Builder url(String path) {
        HttpUrl base = HttpUrl.get(settings.baseUrl());
        return base.newBuilder().encodedPath(path);
    }

    /**
     * @param onRequest called once per HTTP attempt (not for cache hits)
     * @throws SourceFailureException on entitlement errors, other 4xx, or when retries are exhausted
     */
    String get(HttpUrl url, Duration cacheFor, Runnable onRequest) {
        String key = url.toString();
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        String body = fetchWithRetries(url, onRequest);
        cache.put(key, body, cacheFor);
        return body;
    }

    private String fetchWithRetries(HttpUrl url, Runnable onRequest) {
        for (int attempt = 1; ; attempt++) {
            try {
                return throttle.call(() -> fetchOnce(url, onRequest));
            } catch (RetryableIssException e) {
                if (attempt >= settings.maxAttempts()) {
                    throw new SourceFailureException(
                            "MOEX ISS failed after " + attempt + " attempts for " + url + ": " + e.getMessage());
                }
                pause(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceFailureException("interrupted while waiting to call MOEX ISS", e);
            }
        }
    }

    private String fetchOnce(HttpUrl url, Runnable onRequest) {
        onRequest.run();
        Request request = new Request.Builder().url(url).get().build();
        long started = System.nanoTime();
        try (Response response = http.newCall(request).execute()) {
            int status = response.code();
            count(Integer.toString(status));
            String contentType = response.header("Content-Type", "");
            ResponseBody body = response.body();
            String text = body.string();
            if (status == 403 || contentType.toLowerCase(Locale.ROOT).contains("text/html") || looksLikeHtml(text)) {
                throw new SourceFailureException("MOEX ISS refused the data (HTTP " + status
                        + (status == 403 ? "" : ", an HTML page instead of JSON")
                        + "): this endpoint needs an entitlement or authentication; job stopped");
            }
            if (status >= 500) {
                throw new RetryableIssException("HTTP " + status);
            }
            if (status != 200) {
                throw new SourceFailureException("MOEX ISS answered HTTP " + status + " for " + url);
            }
            return text;
        } catch (IOException e) {
            count("io-error");
            throw new RetryableIssException(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            count("io-error");
            throw new RetryableIssException(e.getMessage());
        } finally {
            latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private void count(String status) {
        requests(status).increment();
    }

    private Counter requests(String status) {
        return Counter.builder("collector.source.requests")
                .description("Requests to candle sources by HTTP status")
                .tag("source", "moex-iss")
                .tag("status", status)
                .register(meters);
    }

    private void pause(int attempt) {
        long base = settings.backoffBase().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, settings.backoffMax().toMillis());
        // Full jitter: replicas retrying together spread out instead of hitting ISS in lockstep.
        long delay = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        try {
            TimeUnit.MILLISECONDS.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailureException("interrupted while backing off from MOEX ISS", e);
        }
    }

    private static boolean looksLikeHtml(String text) {
        String start = text.stripLeading();
        return start.startsWith("<");
    }

    /** A failure worth another attempt: 5xx or I/O. */
    private static final class RetryableIssException extends RuntimeException {
        RetryableIssException(String message) {
            super(message);
        }
    }
}
