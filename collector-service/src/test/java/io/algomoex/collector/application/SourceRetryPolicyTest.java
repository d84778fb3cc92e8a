package io.algomoex.collector.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.collector.application.SourceRetryPolicy.Outcome;
import io.algomoex.collector.domain.MalformedSourceBodyException;
import io.algomoex.collector.domain.SourceFailureException;
import io.algomoex.collector.domain.SourceRefusedException;
import io.algomoex.collector.domain.SourceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The retry loop on a fake clock: the sleeper advances the clock instead of waiting, so minutes of back-off take no
 * time. Reply bodies are the shapes the rules distinguish; the HTML page is nginx's stock 502 page
 * ({@code src/http/ngx_http_special_response.c}: {@code ngx_http_error_502_page} plus {@code ngx_http_error_tail}).
 */
class SourceRetryPolicyTest {

    static final String URL = "http://iss.invalid/iss/engines/stock/markets/shares/boards/TQBR/securities/SBER"
            + "/candles.json?start=500";
    static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    static final RetrySettings SETTINGS =
            new RetrySettings(Duration.ofMinutes(3), Duration.ofMillis(500), Duration.ofSeconds(10));

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T07:00:00Z"));
    final List<Duration> sleeps = new ArrayList<>();
    final List<String> attempts = new ArrayList<>();

    SourceRetryPolicy policy(RetrySettings settings, RandomGenerator random) {
        return new SourceRetryPolicy(
                "MOEX ISS",
                settings,
                clock,
                duration -> {
                    sleeps.add(duration);
                    clock.advance(duration);
                },
                () -> random);
    }

    SourceRetryPolicy policy() {
        return policy(SETTINGS, new FixedRandom(0));
    }

    String fetch(SourceRetryPolicy policy, Deque<Object> answers) {
        return policy.fetch(URL, () -> next(answers), Function.identity(), this::record);
    }

    @Test
    void retriesEveryTransientKindUntilTheSourceAnswers() {
        Deque<Object> answers = new ArrayDeque<>(List.of(
                reply(502, "text/html", NGINX_502),
                reply(503, "application/json", "{\"candles\": {\"columns\": [], \"data\": []}}"),
                new SourceUnavailableException("io-error", "SocketException: Connection reset", null),
                new SourceUnavailableException("timeout", "SocketTimeoutException: timeout", null),
                reply(429, "text/plain", ""),
                reply(200, "application/json", "{\"candles\": {}}")));

        String body = fetch(policy(), answers);

        assertThat(body).isEqualTo("{\"candles\": {}}");
        assertThat(attempts)
                .containsExactly(
                        "502 retried",
                        "503 retried",
                        "io-error retried",
                        "timeout retried",
                        "429 retried",
                        "200 success");
    }

    @Test
    void backsOffExponentiallyWithinTheJitterBandAndTheCap() {
        Deque<Object> failures = new ArrayDeque<>();
        for (int i = 0; i < 8; i++) {
            failures.add(reply(503, "text/html", NGINX_502));
        }
        failures.add(reply(200, "application/json", "{}"));

        fetch(policy(SETTINGS, new FixedRandom(0)), new ArrayDeque<>(failures));
        List<Duration> lowest = List.copyOf(sleeps);
        sleeps.clear();
        fetch(policy(SETTINGS, new FixedRandom(Long.MAX_VALUE)), failures);

        // Equal jitter: step/2 .. step, step = 500 ms doubled per failure, capped at 10 s.
        assertThat(lowest)
                .extracting(Duration::toMillis)
                .containsExactly(250L, 500L, 1000L, 2000L, 4000L, 5000L, 5000L, 5000L);
        assertThat(sleeps)
                .extracting(Duration::toMillis)
                .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 10000L, 10000L, 10000L);
    }

    @Test
    void honoursRetryAfterInSecondsAndAsAnHttpDate() {
        // RFC 9110 §10.2.3 allows both forms: "Retry-After: 120" and "Retry-After: Fri, 31 Dec 1999 23:59:59 GMT".
        Deque<Object> answers = new ArrayDeque<>(List.of(
                new SourceReply(429, "text/plain", "", "7"),
                new SourceReply(503, "text/html", NGINX_502, "Thu, 03 Dec 2026 07:00:37 GMT"),
                reply(200, "application/json", "{}")));

        fetch(policy(), answers);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(30));
    }

    @Test
    void failsPastTheDeadlineNamingTheUrlAndTheLastFailure() {
        RetrySettings short_ = new RetrySettings(Duration.ofSeconds(20), Duration.ofSeconds(1), Duration.ofSeconds(4));
        Deque<Object> answers = new ArrayDeque<>();
        for (int i = 0; i < 100; i++) {
            answers.add(reply(504, "text/html", NGINX_502));
        }

        assertThatThrownBy(() -> fetch(policy(short_, new FixedRandom(Long.MAX_VALUE)), answers))
                .isInstanceOf(SourceFailureException.class)
                .isNotInstanceOf(SourceRefusedException.class)
                .hasMessageContaining(URL)
                .hasMessageContaining("last failure: HTTP 504, an HTML page")
                .hasMessageContaining("past the retry deadline of 20000 ms");
        // 1 + 2 + 4 + 4 + 4 + 4 = 19 s, then the last wait is cut to the 1 s left; the attempt at 20 s fails for good.
        assertThat(sleeps.stream().mapToLong(Duration::toSeconds).sum()).isEqualTo(20);
        assertThat(attempts).hasSize(sleeps.size() + 1).last().isEqualTo("504 failed");
    }

    @Test
    void failsAtOnceWhenRetryAfterAsksForMoreThanTheDeadlineLeaves() {
        Deque<Object> answers = new ArrayDeque<>(List.of(new SourceReply(429, "text/plain", "", "3600")));

        assertThatThrownBy(() -> fetch(policy(), answers))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageContaining(URL)
                .hasMessageContaining("asked to wait 3600000 ms (Retry-After)")
                .hasMessageContaining("last failure: HTTP 429");
        assertThat(sleeps).isEmpty();
        assertThat(attempts).containsExactly("429 failed");
    }

    @Test
    void refusalsStopAtOnce() {
        for (SourceReply refusal : List.of(
                reply(401, "text/plain", "Unauthorized"),
                reply(403, "text/html", NGINX_502),
                reply(200, "text/html; charset=utf-8", "<html><body>Please authenticate</body></html>"))) {
            attempts.clear();
            Deque<Object> answers = new ArrayDeque<>(List.of(refusal, reply(200, "application/json", "{}")));

            assertThatThrownBy(() -> fetch(policy(), answers))
                    .isInstanceOf(SourceRefusedException.class)
                    .hasMessageContaining(URL)
                    .hasMessageContaining("entitlement");
            assertThat(attempts).containsExactly(refusal.status() + " refused");
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void otherClientErrorsAreFinal() {
        Deque<Object> answers = new ArrayDeque<>(List.of(reply(404, "text/plain", "Not Found")));

        assertThatThrownBy(() -> fetch(policy(), answers))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining(URL);
        assertThat(attempts).containsExactly("404 failed");
    }

    @Test
    void aMalformedBodyIsFetchedOnceMoreThenFailsWithTheParseError() {
        Deque<Object> answers = new ArrayDeque<>(List.of(
                reply(200, "application/json", "{\"candles\": {\"data\": [[1,"),
                reply(200, "application/json", "{\"candles\": {\"data\": [[1,"),
                reply(200, "application/json", "{}")));
        Function<String, String> parse = body -> {
            if (!body.equals("{}")) {
                throw new MalformedSourceBodyException("MOEX ISS sent a malformed body for " + URL + ": not JSON");
            }
            return body;
        };

        assertThatThrownBy(() -> policy().fetch(URL, () -> next(answers), parse, this::record))
                .isInstanceOf(MalformedSourceBodyException.class)
                .hasMessageContaining(URL)
                .hasMessageContaining("not JSON");
        assertThat(attempts).containsExactly("200 retried", "200 failed");
        assertThat(answers).hasSize(1);
    }

    @Test
    void aMalformedBodyThatComesRightTheSecondTimeSucceeds() {
        Deque<Object> answers = new ArrayDeque<>(List.of(
                reply(200, "text/html", "<!DOCTYPE html><html><body>Ведутся технические работы</body></html>"),
                reply(200, "application/json", "{}")));

        assertThat(fetch(policy(), answers)).isEqualTo("{}");
        assertThat(attempts).containsExactly("200 retried", "200 success");
    }

    @Test
    void aZeroDeadlineMeansNoRetry() {
        RetrySettings none = new RetrySettings(Duration.ZERO, Duration.ofMillis(500), Duration.ofSeconds(10));
        Deque<Object> answers = new ArrayDeque<>(List.of(reply(500, "text/html", NGINX_502)));

        assertThatThrownBy(() -> fetch(policy(none, new FixedRandom(0)), answers))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageContaining("failed 1 times");
        assertThat(sleeps).isEmpty();
    }

    private SourceReply next(Deque<Object> answers) {
        Object answer = answers.removeFirst();
        if (answer instanceof SourceUnavailableException e) {
            throw e;
        }
        return (SourceReply) answer;
    }

    private void record(String status, Outcome outcome) {
        attempts.add(status + " " + outcome.label());
    }

    static SourceReply reply(int status, String contentType, String body) {
        return new SourceReply(status, contentType, body, null);
    }

    /** Always draws the same value (clamped into the asked bound), so jitter is at one end of its band. */
    record FixedRandom(long value) implements RandomGenerator {
        @Override
        public long nextLong() {
            return value;
        }

        @Override
        public long nextLong(long bound) {
            return Math.min(value, bound - 1);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
