package io.algomoex.trading.adapter.out.broker.tinvest;

import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.application.port.BrokerRateLimitedException;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call of the REST gateway ({@code POST {rest}/tinkoff.public.invest.api.contract.v1.<Service>/<Method>}, bearer
 * token, JSON body) and the split of its failures. Network errors, timeouts, 5xx and bodies that are not JSON are
 * retryable ({@link BrokerUnavailableException}); a 429 is a {@link BrokerRateLimitedException} waiting for
 * {@code x-ratelimit-reset}; other error statuses carry T-Invest's codes as a {@link TinvestApiError}, which the
 * caller interprets. The {@code x-ratelimit-remaining} of each method is remembered: once it reaches zero the method
 * is not called again before its reset, so the per-minute limits are kept without a 429.
 */
final class TinvestRest {

    static final String CONTRACT = "/tinkoff.public.invest.api.contract.v1.";
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final TinvestSettings settings;
    private final JsonMapper json;
    private final BrokerMeters meters;
    private final Clock clock;
    private final Map<String, Instant> exhaustedUntil = new ConcurrentHashMap<>();

    TinvestRest(OkHttpClient http, TinvestSettings settings, JsonMapper json, BrokerMeters meters, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    ObjectNode body() {
        return json.createObjectNode();
    }

    /**
     * Calls a method and returns its JSON answer.
     *
     * @param metric the metric's method tag, for example {@code submit}
     * @param method service and method, for example {@code OrdersService/PostOrder}
     */
    JsonNode call(String metric, String method, ObjectNode body) {
        Instant start = clock.instant();
        String outcome = "retryable";
        try {
            JsonNode answer = execute(method, body);
            outcome = "ok";
            return answer;
        } catch (BrokerRateLimitedException e) {
            outcome = "rate-limited";
            throw e;
        } catch (TinvestApiError e) {
            outcome = e.isNotFound() ? "not-found" : e.httpStatus < 500 ? "refused" : "retryable";
            throw e;
        } finally {
            meters.request(metric, outcome, Duration.between(start, clock.instant()));
        }
    }

    private JsonNode execute(String method, ObjectNode body) {
        Instant until = exhaustedUntil.get(method);
        if (until != null && clock.instant().isBefore(until)) {
            throw new BrokerRateLimitedException(
                    "T-Invest's per-minute limit of " + method + " is used up until " + until,
                    Duration.between(clock.instant(), until));
        }
        Request.Builder request = new Request.Builder()
                .url(settings.restUrl() + CONTRACT + method)
                .header("Authorization", "Bearer " + settings.token())
                .post(RequestBody.create(json.writeValueAsString(body), JSON));
        if (settings.appName() != null) {
            request.header("x-app-name", settings.appName());
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            remember(method, response);
            int code = response.code();
            if (code == 429) {
                throw new BrokerRateLimitedException(
                        "T-Invest's request limit was reached (429) on " + method, reset(response));
            }
            if (code >= 500 && !looksLikeJson(text)) {
                throw new BrokerUnavailableException(
                        "T-Invest answered " + code + " to " + method + ": " + excerpt(text), null);
            }
            JsonNode answer = parse(text, method, code);
            if (code >= 300) {
                throw error(method, code, answer);
            }
            return answer;
        } catch (IOException e) {
            throw new BrokerUnavailableException("T-Invest could not be reached for " + method + ": " + e, e);
        }
    }

    private void remember(String method, Response response) {
        String remaining = response.header("x-ratelimit-remaining");
        if (remaining != null && remaining.strip().equals("0")) {
            exhaustedUntil.put(method, clock.instant().plus(reset(response)));
        } else {
            exhaustedUntil.remove(method);
        }
    }

    private Duration reset(Response response) {
        String header = response.header("x-ratelimit-reset");
        if (header != null) {
            try {
                long seconds = Long.parseLong(header.strip());
                if (seconds >= 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // Not a number of seconds: fall back to the configured wait.
            }
        }
        return settings.rateLimitWait();
    }

    private JsonNode parse(String text, String method, int code) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new BrokerUnavailableException(
                        "T-Invest answered " + method + " with a body that is not a JSON object (" + code + "): "
                                + excerpt(text),
                        null);
            }
            return node;
        } catch (JacksonException e) {
            throw new BrokerUnavailableException(
                    "T-Invest answered " + method + " with a body that is not valid JSON (" + code + "): "
                            + excerpt(text),
                    e);
        }
    }

    /** {@code ErrorResponse}: {@code code} (gRPC) and {@code description} (API code) as numbers or strings. */
    private static TinvestApiError error(String method, int status, JsonNode answer) {
        return new TinvestApiError(
                method,
                status,
                lenientInt(answer.path("code")),
                lenientInt(answer.path("description")),
                answer.path("message").asString(""));
    }

    private static int lenientInt(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.intValue();
        }
        try {
            return Integer.parseInt(node.asString("").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean looksLikeJson(String text) {
        return text != null && text.strip().startsWith("{");
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
