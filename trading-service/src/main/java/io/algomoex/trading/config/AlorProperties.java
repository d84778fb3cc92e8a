package io.algomoex.trading.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Alor broker ({@code algo.trading.alor.*}; environment {@code ALGO_TRADING_ALOR_...}). Sandbox mode uses the
 * {@code dev} hosts, live mode the {@code prod} hosts.
 *
 * @param refreshToken refresh token from Alor's developer portal; secret, from the environment only
 *     ({@code ALGO_TRADING_ALOR_REFRESH_TOKEN})
 * @param portfolio trading account, for example {@code D39004} ({@code ALGO_TRADING_ALOR_PORTFOLIO})
 * @param exchange {@code MOEX}
 * @param dev the test environment's hosts
 * @param prod the production hosts
 * @param connectTimeout TCP connect timeout
 * @param readTimeout read timeout of one REST call
 * @param refreshBefore how long before its expiry the access token is refreshed
 * @param rateLimitWait wait after a 429 without {@code Retry-After}
 * @param pingInterval WebSocket ping interval
 * @param reconnectFirst first reconnect wait of the data stream, doubling up to {@code reconnectMax}
 * @param reconnectMax longest reconnect wait
 * @param defaultBoard board for positions in symbols no strategy trades
 */
@Validated
@ConfigurationProperties("algo.trading.alor")
record AlorProperties(
        @DefaultValue("") String refreshToken,
        @DefaultValue("") String portfolio,
        @NotBlank @DefaultValue("MOEX") String exchange,

        @Valid @DefaultValue DevHostProperties dev,
        @Valid @DefaultValue ProdHostProperties prod,

        @NotNull @DefaultValue("PT5S") Duration connectTimeout,
        @NotNull @DefaultValue("PT10S") Duration readTimeout,
        @NotNull @DefaultValue("PT5M") Duration refreshBefore,
        @NotNull @DefaultValue("PT1S") Duration rateLimitWait,
        @NotNull @DefaultValue("PT15S") Duration pingInterval,
        @NotNull @DefaultValue("PT1S") Duration reconnectFirst,
        @NotNull @DefaultValue("PT30S") Duration reconnectMax,
        @NotBlank @DefaultValue("TQBR") String defaultBoard) {

    /** The hosts of one Alor environment (ALOR-SPEC {@code servers:}). */
    interface HostProperties {

        /** REST base URL. */
        String api();

        /** Token service base URL. */
        String oauth();

        /** Data WebSocket URL. */
        String ws();
    }

    /** Alor's test environment; test accounts come from support@alor.ru. */
    record DevHostProperties(
            @NotBlank @DefaultValue("https://apidev.alor.ru")
            String api,

            @NotBlank @DefaultValue("https://oauthdev.alor.ru")
            String oauth,

            @NotBlank @DefaultValue("wss://apidev.alor.ru/ws")
            String ws)
            implements HostProperties {}

    /** Alor's production environment. */
    record ProdHostProperties(
            @NotBlank @DefaultValue("https://api.alor.ru") String api,
            @NotBlank @DefaultValue("https://oauth.alor.ru") String oauth,
            @NotBlank @DefaultValue("wss://api.alor.ru/ws") String ws)
            implements HostProperties {}

    /** What is missing for Alor to trade, or {@code null} when nothing is. */
    String missing() {
        if (refreshToken.isBlank()) {
            return "set ALGO_TRADING_ALOR_REFRESH_TOKEN (algo.trading.alor.refresh-token) to Alor's refresh token";
        }
        if (portfolio.isBlank()) {
            return "set ALGO_TRADING_ALOR_PORTFOLIO (algo.trading.alor.portfolio) to the trading account";
        }
        return null;
    }

    @Override
    public String toString() {
        return "AlorProperties[portfolio=" + portfolio + ", exchange=" + exchange + ", refreshToken=(hidden)]";
    }
}
