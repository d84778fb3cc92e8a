package io.algomoex.trading.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Trading configuration ({@code algo.trading.*}; environment {@code ALGO_TRADING_...}).
 *
 * @param broker broker settings
 * @param liveConfirmed must be true for {@code broker.mode=live}: the operator's explicit consent to real orders
 * @param strategies strategies to run
 */
@Validated
@ConfigurationProperties("algo.trading")
record TradingProperties(
        @Valid @DefaultValue BrokerProperties broker,
        @DefaultValue("false") boolean liveConfirmed,
        @DefaultValue List<@Valid StrategyProperties> strategies) {

    /** @param mode {@code paper} (default), {@code sandbox} or {@code live} */
    record BrokerProperties(@NotBlank @DefaultValue("paper") String mode) {}

    /**
     * One strategy ({@code algo.trading.strategies[0].id=sber-sma} and so on).
     *
     * @param id unique id
     * @param secid security code
     * @param board trading board
     * @param timeframe candle timeframe, for example {@code 1h}
     * @param strategy strategy name, for example {@code sma-cross}
     * @param params strategy parameters
     * @param size order size in lots
     * @param broker gateway name, default {@code paper}
     */
    record StrategyProperties(
            @NotBlank String id,
            @NotBlank String secid,
            @NotBlank @DefaultValue("TQBR") String board,
            @NotBlank String timeframe,
            @NotBlank @DefaultValue("sma-cross") String strategy,
            @NotNull @DefaultValue Map<String, String> params,
            @Positive @DefaultValue("1") long size,
            @NotBlank @DefaultValue("paper") String broker) {}
}
