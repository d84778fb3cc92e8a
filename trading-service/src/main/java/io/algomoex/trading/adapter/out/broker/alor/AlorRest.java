package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.application.port.BrokerRateLimitedException;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One authorised REST call to Alor and the split of its failures: network errors, timeouts, 5xx and 429 are retryable
 * ({@link BrokerUnavailableException}, a 429 as {@link BrokerRateLimitedException} with the wait it asked for); a 401
 * refreshes the token and repeats the call once; 2xx and the other 4xx come back to the caller, which knows what a 400
 * or 404 means for its call. A body that should be JSON and is not (an HTML error page, a cut-off answer) is a clear
 * retryable error: nothing is concluded from it.
 */
final class AlorRest {

    private final OkHttpClient http;
    private final AlorAccessTokens tokens;
    private final AlorSettings settings;
    private final JsonMapper json;
    private final BrokerMeters meters;
    private final Clock clock;

    AlorRest(
            OkHttpClient http,
            AlorAccessTokens tokens,
            AlorSettings settings,
            JsonMapper json,
            BrokerMeters meters,
            Clock clock) {
        this.http = http;
        this.tokens = tokens;
        this.settings = settings;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    /** A status code and the body as text. */
    record Reply(int code, String body) {}

    /**
     * Sends the request with the current JWT.
     *
     * @param method the metric's method tag, for example {@code submit}
     */
    Reply call(String method, Request.Builder request) {
        Instant start = clock.instant();
        String outcome = "retryable";
        try {
            Reply reply = send(request, tokens.current());
            outcome = reply.code() < 300 ? "ok" : reply.code() == 404 ? "not-found" : "refused";
            return reply;
        } catch (BrokerRateLimitedException e) {
            outcome = "rate-limited";
            throw e;
        } finally {
            meters.request(method, outcome, Duration.between(start, clock.instant()));
        }
    }

    private Reply send(Request.Builder request, String token) {
        Reply reply = execute(request, token);
        if (reply.code() == 401) {
            tokens.refused(token);
            reply = execute(request, tokens.current());
            if (reply.code() == 401) {
                throw new BrokerUnavailableException(
                        "Alor refused a freshly refreshed access token (401): the token"
                                + " may belong to the other environment (dev vs production hosts)",
                        null);
            }
        }
        return reply;
    }

    private Reply execute(Request.Builder request, String token) {
        Request built = request.header("Authorization", "Bearer " + token).build();
        String what = built.method() + " " + built.url().encodedPath();
        try (Response response = http.newCall(built).execute()) {
            String body = response.body().string();
            int code = response.code();
            if (code == 429) {
                throw new BrokerRateLimitedException(
                        "Alor's request limit was reached (429) on " + what, retryAfter(response));
            }
            if (code >= 500) {
                throw new BrokerUnavailableException(
                        "Alor answered " + code + " to " + what + ": " + excerpt(body), null);
            }
            return new Reply(code, body);
        } catch (IOException e) {
            throw new BrokerUnavailableException("Alor could not be reached for " + what + ": " + e, e);
        }
    }

    /** Reads a JSON body; an HTML page or broken JSON is a clear retryable error. */
    JsonNode json(Reply reply, String what) {
        try {
            JsonNode node = json.readTree(reply.body());
            if (node == null || node.isMissingNode() || !(node.isObject() || node.isArray())) {
                throw new BrokerUnavailableException(
                        "Alor answered " + what + " with a body that is not a JSON document: " + excerpt(reply.body()),
                        null);
            }
            return node;
        } catch (JacksonException e) {
            throw new BrokerUnavailableException(
                    "Alor answered " + what + " with a body that is not valid JSON (" + reply.code() + "): "
                            + excerpt(reply.body()),
                    e);
        }
    }

    /** Maps a JSON body onto a wire type; fields that do not fit are a clear retryable error. */
    <T> T read(Reply reply, Class<T> type, String what) {
        JsonNode node = json(reply, what);
        try {
            return json.treeToValue(node, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new BrokerUnavailableException(
                    "Alor answered " + what + " with JSON that does not fit " + type.getSimpleName() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    String api(String path) {
        return settings.apiUrl() + path;
    }

    private Duration retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header != null) {
            try {
                return Duration.ofSeconds(Long.parseLong(header.strip()));
            } catch (NumberFormatException e) {
                // An HTTP-date or garbage: fall back to the configured wait.
            }
        }
        return settings.rateLimitWait();
    }

    /** The start of a body for an error message, on one line. */
    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty)";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return "'" + (line.length() <= 120 ? line : line.substring(0, 117) + "...") + "'";
    }
}
