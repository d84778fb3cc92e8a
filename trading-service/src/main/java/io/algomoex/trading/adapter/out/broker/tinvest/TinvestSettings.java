package io.algomoex.trading.adapter.out.broker.tinvest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one T-Invest account.
 *
 * @param token the API token (secret: never logged, left out of {@link #toString()}); a sandbox token in sandbox mode
 * @param accountId the account to trade, or {@code null} in sandbox mode to use (or open and fund) the sandbox
 *     account named {@code sandboxAccountName}
 * @param sandbox whether the hosts are the sandbox's; only then may the account be opened and funded here
 * @param restUrl REST gateway base, for example {@code https://invest-public-api.tbank.ru/rest}
 * @param wsUrl WebSocket proxy base, for example {@code wss://invest-public-api.tbank.ru/ws}
 * @param sandboxAccountName name of the sandbox account this service opens and then finds again on every start
 * @param sandboxPayIn roubles paid into a sandbox account this service opened
 * @param connectTimeout TCP connect timeout of every call
 * @param readTimeout read timeout of every REST call
 * @param rateLimitWait wait after a 429 that names no {@code x-ratelimit-reset}
 * @param pingInterval WebSocket ping interval of the client; a missing pong fails the stream, which then reconnects
 * @param reconnectFirst first wait before reconnecting a dropped stream; it doubles up to {@code reconnectMax}
 * @param reconnectMax longest wait between two reconnect attempts
 * @param appName value of the optional {@code x-app-name} header, or {@code null}
 */
public record TinvestSettings(
        String token,
        String accountId,
        boolean sandbox,
        String restUrl,
        String wsUrl,
        String sandboxAccountName,
        BigDecimal sandboxPayIn,
        Duration connectTimeout,
        Duration readTimeout,
        Duration rateLimitWait,
        Duration pingInterval,
        Duration reconnectFirst,
        Duration reconnectMax,
        String appName) {

    public TinvestSettings {
        requireText(token, "token (ALGO_TRADING_TINVEST_TOKEN)");
        requireText(restUrl, "rest url");
        requireText(wsUrl, "ws url");
        requireText(sandboxAccountName, "sandbox account name");
        if (accountId != null && accountId.isBlank()) {
            accountId = null;
        }
        if (accountId == null && !sandbox) {
            throw new IllegalArgumentException(
                    "T-Invest account id (ALGO_TRADING_TINVEST_ACCOUNT_ID) is required outside the sandbox");
        }
        Objects.requireNonNull(sandboxPayIn, "sandbox pay-in is required");
        if (sandboxPayIn.signum() < 0) {
            throw new IllegalArgumentException("sandbox pay-in must not be negative, got " + sandboxPayIn);
        }
        for (Duration duration :
                new Duration[] {connectTimeout, readTimeout, rateLimitWait, pingInterval, reconnectFirst, reconnectMax
                }) {
            Objects.requireNonNull(duration, "every T-Invest timeout is required");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("T-Invest timeouts must not be negative, got " + duration);
            }
        }
        if (reconnectMax.compareTo(reconnectFirst) < 0) {
            throw new IllegalArgumentException("reconnect-max must not be shorter than reconnect-first");
        }
        restUrl = restUrl.replaceAll("/+$", "");
        wsUrl = wsUrl.replaceAll("/+$", "");
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("T-Invest " + what + " is required");
        }
    }

    @Override
    public String toString() {
        return "TinvestSettings[accountId=" + accountId + ", sandbox=" + sandbox + ", restUrl=" + restUrl + ", wsUrl="
                + wsUrl + ", token=(hidden)]";
    }
}
