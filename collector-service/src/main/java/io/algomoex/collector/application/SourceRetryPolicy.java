package io.algomoex.collector.application;

import io.algomoex.collector.domain.MalformedSourceBodyException;
import io.algomoex.collector.domain.SourceFailureException;
import io.algomoex.collector.domain.SourceRefusedException;
import io.algomoex.collector.domain.SourceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The one retry policy of every candle source. A request that fails transiently (5xx, 429, reset, timeout) is sent
 * again after an exponential back-off with jitter, or after the {@code Retry-After} the source asked for, until it
 * has kept failing for longer than the deadline; a malformed body is fetched once more; a refusal or any other
 * answer ends at once. Each attempt goes through the caller's rate limit again, since the caller's exchange does.
 * Waiting goes through the injected {@link Sleeper} and time through the injected {@link Clock}, so tests need no
 * real sleeps.
 */
public final class SourceRetryPolicy {

    private final String source;
    private final RetrySettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Supplier<RandomGenerator> random;

    /** Waits between attempts; {@code Thread::sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Sends one request and returns its answer, or throws {@link SourceUnavailableException} on an I/O error. */
    @FunctionalInterface
    public interface Exchange {
        SourceReply send() throws InterruptedException;
    }

    /** How one attempt ended, for the {@code outcome} tag of the request counter. */
    public enum Outcome {
        SUCCESS,
        RETRIED,
        REFUSED,
        FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Hears about every attempt: its HTTP status (or {@code io-error}/{@code timeout}) and how it ended. */
    @FunctionalInterface
    public interface Listener {
        void attempted(String status, Outcome outcome);
    }

    /**
     * @param source the source's name in messages, for example {@code MOEX ISS}
     * @param random jitter; {@code ThreadLocalRandom::current} in production
     */
    public SourceRetryPolicy(
            String source, RetrySettings settings, Clock clock, Sleeper sleeper, Supplier<RandomGenerator> random) {
        this.source = Objects.requireNonNull(source, "source is required");
        this.settings = Objects.requireNonNull(settings, "settings is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper is required");
        this.random = Objects.requireNonNull(random, "random is required");
    }

    /**
     * Fetches {@code url} through {@code exchange} until {@code parse} accepts a usable body.
     *
     * @throws SourceFailureException when the source refused, the body stayed malformed, the answer was final, or the
     *     failures outlasted the deadline; the message names the URL and the last failure
     */
    public <T> T fetch(String url, Exchange exchange, Function<String, T> parse, Listener listener) {
        Attempts attempts = new Attempts();
        while (true) {
            String status = "io-error";
            try {
                SourceReply reply = exchange.send();
                status = Integer.toString(reply.status());
                T value = parse.apply(SourceReplyRules.body(source, reply, url, clock.instant()));
                listener.attempted(status, Outcome.SUCCESS);
                return value;
            } catch (SourceUnavailableException e) {
                afterTransientFailure(url, e, attempts, listener);
            } catch (MalformedSourceBodyException e) {
                afterMalformedBody(e, attempts, status, listener);
            } catch (SourceFailureException e) {
                listener.attempted(status, e instanceof SourceRefusedException ? Outcome.REFUSED : Outcome.FAILED);
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceFailureException("interrupted while calling " + source + " for " + url, e);
            }
        }
    }

    private void afterTransientFailure(String url, SourceUnavailableException e, Attempts attempts, Listener listener) {
        Instant now = clock.instant();
        int failures = attempts.transientFailure(now);
        Duration left = Duration.between(now, attempts.firstFailure.plus(settings.deadline()));
        Duration delay = e.retryAfter().orElseGet(() -> backoff(failures));
        if (left.isNegative() || left.isZero() || (e.retryAfter().isPresent() && delay.compareTo(left) > 0)) {
            listener.attempted(e.status(), Outcome.FAILED);
            throw new SourceFailureException(giveUp(url, e, failures, now, attempts), e);
        }
        listener.attempted(e.status(), Outcome.RETRIED);
        // The last back-off is cut to the time left, so the final attempt happens at the deadline, not after it.
        pause(min(delay, left), url);
    }

    private void afterMalformedBody(
            MalformedSourceBodyException e, Attempts attempts, String status, Listener listener) {
        if (attempts.malformed) {
            listener.attempted(status, Outcome.FAILED);
            throw e;
        }
        attempts.malformed = true;
        listener.attempted(status, Outcome.RETRIED);
        pause(backoff(1), e.getMessage());
    }

    private String giveUp(String url, SourceUnavailableException e, int failures, Instant now, Attempts attempts) {
        String why = e.retryAfter().isPresent()
                ? "it asked to wait " + millis(e.retryAfter().get()) + " (Retry-After), past the retry deadline of "
                        + millis(settings.deadline())
                : "still failing " + millis(Duration.between(attempts.firstFailure, now))
                        + " after the first failure, past the retry deadline of " + millis(settings.deadline());
        return source + " failed " + failures + " times for " + url + ": " + why + "; last failure: " + e.getMessage()
                + "; job stopped, only whole pages were stored";
    }

    /** Exponential back-off with equal jitter: half the step is fixed, half random, so retries never bunch up. */
    Duration backoff(int failures) {
        long base = settings.backoffBase().toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(base, settings.backoffMax().toMillis());
        return Duration.ofMillis(capped / 2 + random.get().nextLong(capped / 2 + 1));
    }

    private void pause(Duration delay, String what) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailureException("interrupted while backing off from " + source + " (" + what + ")", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    /** What one {@link #fetch} has seen so far. */
    private static final class Attempts {
        private Instant firstFailure;
        private int transientFailures;
        private boolean malformed;

        int transientFailure(Instant now) {
            if (firstFailure == null) {
                firstFailure = now;
            }
            return ++transientFailures;
        }
    }
}
