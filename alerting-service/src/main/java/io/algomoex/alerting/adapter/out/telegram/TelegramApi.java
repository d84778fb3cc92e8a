package io.algomoex.alerting.adapter.out.telegram;

import io.algomoex.alerting.application.port.MessageRejectedException;
import io.algomoex.alerting.application.port.MessengerUnavailableException;
import io.algomoex.alerting.application.port.UpdatesConflictException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls Bot API methods ({@code POST <base>/bot<token>/<method>} with a JSON body) and maps the answer
 * (core.telegram.org/bots/api#making-requests): {@code ok:true} gives {@code result}; 429 and 5xx and I/O failures are
 * retryable, 429 with {@code parameters.retry_after}; 409 means another poller; any other error is final and carries
 * Telegram's {@code description}. The token is part of the URL, so no URL is ever logged or put in an exception.
 */
final class TelegramApi {

    private static final MediaType JSON = MediaType.get("application/json");
    /** Used when a 429 comes without retry_after; Telegram normally sends it. */
    private static final Duration DEFAULT_FLOOD_WAIT = Duration.ofSeconds(5);

    private final OkHttpClient http;
    private final JsonMapper json;
    private final TelegramClientSettings settings;
    private final MeterRegistry meters;

    TelegramApi(OkHttpClient http, JsonMapper json, TelegramClientSettings settings, MeterRegistry meters) {
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.meters = meters;
    }

    /** Calls {@code method} and returns its {@code result}. */
    JsonNode call(String method, Object body, Duration timeout) {
        HttpUrl url = HttpUrl.get(settings.baseUrl().toString())
                .newBuilder()
                .addPathSegment("bot" + settings.token())
                .addPathSegment(method)
                .build();
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(json.writeValueAsString(body), JSON))
                .build();
        OkHttpClient client = http.newBuilder().callTimeout(timeout).build();
        try (Response response = client.newCall(request).execute()) {
            String text = response.body().string();
            return result(method, response.code(), text);
        } catch (IOException e) {
            errors(method, "io");
            throw new MessengerUnavailableException(
                    "Telegram " + method + " failed: " + masked(String.valueOf(e.getMessage())), Optional.empty());
        }
    }

    private JsonNode result(String method, int httpStatus, String text) {
        JsonNode answer;
        try {
            answer = json.readTree(text);
        } catch (JacksonException e) {
            answer = null;
        }
        if (answer != null && answer.path("ok").asBoolean(false)) {
            return answer.path("result");
        }
        int code = answer == null ? httpStatus : answer.path("error_code").asInt(httpStatus);
        String description = answer == null
                ? "HTTP " + httpStatus + " without a Bot API answer"
                : masked(answer.path("description").asString("HTTP " + httpStatus));
        errors(method, String.valueOf(code));
        if (code == 429) {
            long seconds = answer == null
                    ? -1
                    : answer.path("parameters").path("retry_after").asLong(-1);
            Duration wait = seconds >= 0 ? Duration.ofSeconds(seconds) : DEFAULT_FLOOD_WAIT;
            throw new MessengerUnavailableException("Telegram " + method + ": " + description, Optional.of(wait));
        }
        if (code >= 500 || httpStatus >= 500) {
            throw new MessengerUnavailableException("Telegram " + method + ": " + description, Optional.empty());
        }
        if (code == 409) {
            throw new UpdatesConflictException(description);
        }
        throw new MessageRejectedException(description);
    }

    private void errors(String method, String code) {
        Counter.builder("alerting.telegram.errors")
                .description("Failed Telegram Bot API calls by error code (io: no answer)")
                .tag("method", method)
                .tag("code", code)
                .register(meters)
                .increment();
    }

    /** Exception texts may quote the request URL; the token must never reach a log. */
    private String masked(String text) {
        return settings.hasToken() ? text.replace(settings.token(), "***") : text;
    }
}
