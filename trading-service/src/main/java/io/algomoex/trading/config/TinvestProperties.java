package io.algomoex.trading.config;

import io.algomoex.trading.domain.TradingMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The T-Invest broker ({@code algo.trading.tinvest.*}; environment {@code ALGO_TRADING_TINVEST_...}). Sandbox mode uses
 * the {@code sandbox} hosts, live mode the {@code prod} hosts (TINV swagger {@code servers:}, the tbank.ru names).
 *
 * @param token API token; secret, from the environment only ({@code ALGO_TRADING_TINVEST_TOKEN}); a sandbox token in
 *     sandbox mode
 * @param accountId the account to trade ({@code ALGO_TRADING_TINVEST_ACCOUNT_ID}); optional in sandbox mode, where the
 *     sandbox account named {@code sandboxAccountName} is used or opened and funded
 * @param sandboxAccountName name of the sandbox account this service opens and finds again
 * @param sandboxPayIn roubles paid into a sandbox account this service opens
 * @param prod the production hosts
 * @param sandbox the sandbox hosts
 * @param connectTimeout TCP connect timeout
 * @param readTimeout read timeout of one REST call
 * @param rateLimitWait wait after a 429 without {@code x-ratelimit-reset}
 * @param pingInterval WebSocket ping interval of the client
 * @param reconnectFirst first reconnect wait of the stream, doubling up to {@code reconnectMax}
 * @param reconnectMax longest reconnect wait
 * @param appName optional {@code x-app-name} header
 */
@Validated
@ConfigurationProperties("algo.trading.tinvest")
record TinvestProperties(
        @DefaultValue("") String token,
        @DefaultValue("") String accountId,
        @NotBlank @DefaultValue("algomoex") String sandboxAccountName,
        @NotNull @PositiveOrZero @DefaultValue("1000000") BigDecimal sandboxPayIn,

        @Valid @DefaultValue ProdHostProperties prod,
        @Valid @DefaultValue SandboxHostProperties sandbox,

        @NotNull @DefaultValue("PT5S") Duration connectTimeout,
        @NotNull @DefaultValue("PT10S") Duration readTimeout,
        @NotNull @DefaultValue("PT1S") Duration rateLimitWait,
        @NotNull @DefaultValue("PT30S") Duration pingInterval,
        @NotNull @DefaultValue("PT1S") Duration reconnectFirst,
        @NotNull @DefaultValue("PT30S") Duration reconnectMax,
        @DefaultValue("") String appName) {

    /** The hosts of one T-Invest environment. */
    interface HostProperties {

        /** REST gateway base URL. */
        String rest();

        /** WebSocket proxy base URL. */
        String ws();
    }

    /** Production: real money. */
    record ProdHostProperties(
            @NotBlank @DefaultValue("https://invest-public-api.tbank.ru/rest")
            String rest,

            @NotBlank @DefaultValue("wss://invest-public-api.tbank.ru/ws")
            String ws)
            implements HostProperties {}

    /** The sandbox: virtual accounts, a sandbox token. */
    record SandboxHostProperties(
            @NotBlank @DefaultValue("https://sandbox-invest-public-api.tbank.ru/rest")
            String rest,

            @NotBlank @DefaultValue("wss://sandbox-invest-public-api.tbank.ru/ws")
            String ws)
            implements HostProperties {}

    /** What is missing for T-Invest to trade in this mode, or {@code null} when nothing is. */
    String missing(TradingMode mode) {
        if (token.isBlank()) {
            return "set ALGO_TRADING_TINVEST_TOKEN (algo.trading.tinvest.token) to a T-Invest API token"
                    + (mode == TradingMode.LIVE ? "" : " (a sandbox token in sandbox mode)");
        }
        if (mode == TradingMode.LIVE && accountId.isBlank()) {
            return "set ALGO_TRADING_TINVEST_ACCOUNT_ID (algo.trading.tinvest.account-id) to the account to trade";
        }
        return null;
    }

    @Override
    public String toString() {
        return "TinvestProperties[accountId=" + accountId + ", sandboxAccountName=" + sandboxAccountName
                + ", token=(hidden)]";
    }
}
