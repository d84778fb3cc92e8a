package io.algomoex.trading.adapter.out.broker.alor;

import io.algomoex.trading.adapter.out.broker.BrokerMeters;
import io.algomoex.trading.application.port.BrokerUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JWT every Alor call carries, from the refresh token ({@code POST <oauth>/refresh}, body {@code {"token": ...}}
 * as the official C# SDK sends it, which keeps the secret out of URLs and access logs). It is refreshed
 * {@code refreshBefore} ahead of its own {@code exp} claim, never per request (Alor's fair-use rules forbid that), and
 * once more when a call is answered 401. Callers that need a token while a refresh runs wait for it and share it.
 */
final class AlorAccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AlorAccessTokens.class);
    private static final MediaType JSON = MediaType.get("application/json");
    // Alor's access tokens live 30 minutes (alor.dev, "Authorize"); used when a token carries no exp claim.
    private static final Duration FALLBACK_LIFETIME = Duration.ofMinutes(30);

    private final OkHttpClient http;
    private final AlorSettings settings;
    private final JsonMapper json;
    private final BrokerMeters meters;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    AlorAccessTokens(OkHttpClient http, AlorSettings settings, JsonMapper json, BrokerMeters meters, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    /** A JWT valid for a while yet; refreshes it first when it is due. */
    synchronized String current() {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            refresh();
        }
        return token;
    }

    /** The broker refused {@code used} (401): the next {@link #current()} refreshes unless another caller did. */
    synchronized void refused(String used) {
        if (used != null && used.equals(token)) {
            token = null;
        }
    }

    private void refresh() {
        String body = json.writeValueAsString(new AlorRefreshRequest(settings.refreshToken()));
        Request request = new Request.Builder()
                .url(settings.oauthUrl() + "/refresh")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (response.code() == 403) {
                meters.tokenRefreshed("refused");
                throw new BrokerUnavailableException(
                        "Alor refused the refresh token (403): it is invalid or expired;"
                                + " issue a new one and set ALGO_TRADING_ALOR_REFRESH_TOKEN",
                        null);
            }
            if (!response.isSuccessful()) {
                meters.tokenRefreshed("failed");
                throw new BrokerUnavailableException(
                        "Alor's token service answered " + response.code() + " to a token refresh", null);
            }
            String jwt = accessToken(text);
            token = jwt;
            refreshAt = expiry(jwt).minus(settings.refreshBefore());
            meters.tokenRefreshed("ok");
            log.info("Alor access token refreshed; the next refresh is due at {}", refreshAt);
        } catch (IOException e) {
            meters.tokenRefreshed("failed");
            throw new BrokerUnavailableException("Alor's token service could not be reached: " + e.getMessage(), e);
        }
    }

    private String accessToken(String text) {
        try {
            JsonNode access = json.readTree(text).path("AccessToken");
            if (!access.isString() || access.asString().isBlank()) {
                throw new BrokerUnavailableException("Alor's token service answered without an AccessToken", null);
            }
            return access.asString();
        } catch (JacksonException e) {
            meters.tokenRefreshed("failed");
            throw new BrokerUnavailableException(
                    "Alor's token service answered with a body that is not JSON: " + AlorRest.excerpt(text), e);
        }
    }

    /** The {@code exp} claim of a JWT, or 30 minutes from now when it cannot be read. */
    private Instant expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length >= 2) {
            try {
                byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
                JsonNode exp = json.readTree(new String(payload, StandardCharsets.UTF_8))
                        .path("exp");
                if (exp.isNumber()) {
                    return Instant.ofEpochSecond(exp.asLong());
                }
            } catch (IllegalArgumentException | JacksonException e) {
                log.warn(
                        "The Alor access token's claims could not be read ({}); assuming it lives 30 minutes",
                        e.getMessage());
            }
        }
        return clock.instant().plus(FALLBACK_LIFETIME);
    }
}
