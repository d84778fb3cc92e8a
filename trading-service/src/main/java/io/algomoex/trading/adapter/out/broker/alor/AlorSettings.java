package io.algomoex.trading.adapter.out.broker.alor;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one Alor account.
 *
 * @param refreshToken the long-lived refresh token (secret: never logged, left out of {@link #toString()})
 * @param portfolio the trading account, for example {@code D39004}
 * @param exchange {@code MOEX}
 * @param apiUrl REST base, {@code https://apidev.alor.ru} (test) or {@code https://api.alor.ru}
 * @param oauthUrl token base, {@code https://oauthdev.alor.ru} or {@code https://oauth.alor.ru}
 * @param wsUrl data socket, {@code wss://apidev.alor.ru/ws} or {@code wss://api.alor.ru/ws}
 * @param connectTimeout TCP connect timeout of every call
 * @param readTimeout read timeout of every REST call
 * @param refreshBefore how long before the JWT's {@code exp} it is refreshed
 * @param rateLimitWait how long to wait after a 429 that names no {@code Retry-After}
 * @param pingInterval WebSocket ping interval; a missing pong fails the socket, which then reconnects
 * @param reconnectFirst first wait before reconnecting a dropped socket; it doubles up to {@code reconnectMax}
 * @param reconnectMax longest wait between two reconnect attempts
 * @param defaultBoard board of a position whose symbol no strategy trades (positions carry no board)
 */
public record AlorSettings(
        String refreshToken,
        String portfolio,
        String exchange,
        String apiUrl,
        String oauthUrl,
        String wsUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration refreshBefore,
        Duration rateLimitWait,
        Duration pingInterval,
        Duration reconnectFirst,
        Duration reconnectMax,
        String defaultBoard) {

    public AlorSettings {
        requireText(refreshToken, "refresh token (ALGO_TRADING_ALOR_REFRESH_TOKEN)");
        requireText(portfolio, "portfolio (ALGO_TRADING_ALOR_PORTFOLIO)");
        requireText(exchange, "exchange");
        requireText(apiUrl, "api url");
        requireText(oauthUrl, "oauth url");
        requireText(wsUrl, "ws url");
        requireText(defaultBoard, "default board");
        for (Duration duration : new Duration[] {
            connectTimeout, readTimeout, refreshBefore, rateLimitWait, pingInterval, reconnectFirst, reconnectMax
        }) {
            Objects.requireNonNull(duration, "every Alor timeout is required");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("Alor timeouts must not be negative, got " + duration);
            }
        }
        if (reconnectMax.compareTo(reconnectFirst) < 0) {
            throw new IllegalArgumentException("reconnect-max must not be shorter than reconnect-first");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Alor " + what + " is required");
        }
    }

    @Override
    public String toString() {
        return "AlorSettings[portfolio=" + portfolio + ", exchange=" + exchange + ", apiUrl=" + apiUrl + ", oauthUrl="
                + oauthUrl + ", wsUrl=" + wsUrl + ", refreshToken=(hidden)]";
    }
}
