package io.algomoex.trading.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
 * @param paper the paper broker
 * @param capitalPerStrategy capital allotted to each strategy in roubles, the base of its equity and drawdown
 * @param amqp queue names
 * @param outbox how stored events are relayed to RabbitMQ
 * @param risk risk limits and session hours
 * @param pnlUpdates how often {@code trading.pnl.updated} is published
 * @param send how an order send to a real broker is retried
 * @param fills how often a real broker's working orders are polled for fills
 * @param tradeFrom UTC instant (ISO-8601) before which closed candles only warm strategies up; unset: the moment the
 *     service started, so history a collector back-fills is never traded
 */
@Validated
@ConfigurationProperties("algo.trading")
record TradingProperties(
        @Valid @DefaultValue BrokerProperties broker,
        @DefaultValue("false") boolean liveConfirmed,
        @DefaultValue List<@Valid StrategyProperties> strategies,
        @Valid @DefaultValue PaperProperties paper,
        @NotNull @Positive @DefaultValue("1000000") BigDecimal capitalPerStrategy,
        @Valid @DefaultValue AmqpProperties amqp,
        @Valid @DefaultValue OutboxProperties outbox,
        @Valid @DefaultValue RiskProperties risk,
        @Valid @DefaultValue PnlUpdatesProperties pnlUpdates,
        @Valid @DefaultValue SendProperties send,
        @Valid @DefaultValue FillsProperties fills,
        Instant tradeFrom) {

    /**
     * A send to a real broker that fails for a retryable reason (network, timeout, 5xx, 429) is sent again with the
     * same client order id until {@code deadline}, then looked up by that id; never sent blind once more.
     *
     * @param deadline how long after the first attempt the order may still be sent again
     * @param firstBackoff first wait between attempts, doubling
     * @param maxBackoff longest wait between attempts (a 429's own wait is obeyed)
     */
    record SendProperties(
            @NotNull @DefaultValue("PT10S") Duration deadline,
            @NotNull @DefaultValue("PT0.2S") Duration firstBackoff,
            @NotNull @DefaultValue("PT2S") Duration maxBackoff) {}

    /** @param pollInterval how often working orders at a real broker are looked up for fills */
    record FillsProperties(@NotNull @DefaultValue("PT0.5S") Duration pollInterval) {}

    /**
     * {@code trading.pnl.updated} goes out on change and at most once per {@code minInterval} per strategy; a change
     * inside the interval is published when it has passed, by a flush every {@code flushInterval}.
     *
     * @param minInterval least time between two P&amp;L events of one strategy, ISO-8601; {@code PT0S} sends every change
     * @param flushInterval how often waiting P&amp;L values are checked and published
     */
    record PnlUpdatesProperties(
            @NotNull @DefaultValue("PT5S") Duration minInterval,
            @NotNull @DefaultValue("PT1S") Duration flushInterval) {}

    /**
     * @param commission commission per fill as a fraction of its value; 0.0005 is 0.05 %, Backtrader's
     *     {@code setcommission(commission=0.0005)}
     */
    record PaperProperties(
            @NotNull @PositiveOrZero @DefaultValue("0.0005") BigDecimal commission) {}

    /**
     * Each queue dead-letters to its name plus {@code .dlq}: candles that cannot be processed, malformed commands and
     * commands for unknown strategies wait there.
     *
     * @param candleQueue queue of {@code market.candle.closed} events, bound to {@code algo.events}
     * @param commandQueue queue of {@code trading.halt} and {@code trading.resume} commands, bound to
     *     {@code algo.commands}
     */
    record AmqpProperties(
            @NotBlank @DefaultValue("trading.candles") String candleQueue,
            @NotBlank @DefaultValue("trading.commands") String commandQueue) {}

    /**
     * @param relayInterval pause between relay runs, ISO-8601 (for example {@code PT1S})
     * @param batchSize events published per run at most
     * @param keepSent how long sent events stay in {@code trading.outbox} before they are deleted
     * @param purgeInterval how often sent events older than {@code keepSent} are deleted
     */
    record OutboxProperties(
            @NotNull @DefaultValue("PT1S") Duration relayInterval,
            @Positive @DefaultValue("200") int batchSize,
            @NotNull @DefaultValue("P7D") Duration keepSent,
            @NotNull @DefaultValue("PT1H") Duration purgeInterval) {}

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
     * @param lotSize units per lot (10 for SBER), default 1
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
            @Positive @DefaultValue("1") int lotSize,
            @NotBlank @DefaultValue("paper") String broker) {}

    /**
     * Risk limits ({@code algo.trading.risk.*}).
     *
     * @param strategy limits of every strategy, unless {@code strategies.<id>} overrides them
     * @param strategies per-strategy overrides by strategy id; an unset field keeps the {@code strategy} value
     * @param account limits of all strategies together
     * @param sessionHoursOnly whether orders are refused outside {@code sessions}
     * @param sessions Moscow-time windows {@code HH:mm-HH:mm}; the defaults are the MOEX main session 10:00–18:50 and
     *     the evening session 19:05–23:50, leaving out the auctions between them
     * @param session the days the sessions apply on
     */
    record RiskProperties(
            @Valid @DefaultValue LimitProperties strategy,
            @NotNull @DefaultValue Map<String, @Valid LimitOverrides> strategies,
            @Valid @DefaultValue LimitProperties account,
            @DefaultValue("true") boolean sessionHoursOnly,

            @NotNull @DefaultValue({"10:00-18:50", "19:05-23:50"})
            List<String> sessions,

            @Valid @DefaultValue SessionCalendarProperties session) {}

    /**
     * The exchange's trading days: Monday to Friday unless listed here. None are built in: MOEX publishes them every
     * year (moex.com, "Trading calendar") and has changed them at short notice.
     *
     * @param nonTradingDays ISO dates ({@code 2026-01-02}) on which orders are refused all day
     * @param tradingWeekendDays ISO dates of Saturdays or Sundays on which the exchange trades
     */
    record SessionCalendarProperties(
            @NotNull @DefaultValue List<String> nonTradingDays,
            @NotNull @DefaultValue List<String> tradingWeekendDays) {}

    /**
     * @param maxPositionLots largest absolute position in lots
     * @param maxOrderLots largest single order in lots
     * @param maxDailyLoss largest loss in roubles since the start of the Moscow trading day; reaching it halts
     * @param maxDrawdown largest drop from the equity peak as a fraction (0.2 is 20 %); reaching it halts
     * @param maxOrdersPerMinute most orders in any 60 seconds
     */
    record LimitProperties(
            @Positive @DefaultValue("100") long maxPositionLots,
            @Positive @DefaultValue("100") long maxOrderLots,
            @NotNull @Positive @DefaultValue("50000") BigDecimal maxDailyLoss,
            @NotNull @Positive @DefaultValue("0.2") BigDecimal maxDrawdown,
            @Positive @DefaultValue("10") int maxOrdersPerMinute) {}

    /** One strategy's limits; {@code null} fields keep the defaults of {@code algo.trading.risk.strategy}. */
    record LimitOverrides(
            @Positive Long maxPositionLots,
            @Positive Long maxOrderLots,
            @Positive BigDecimal maxDailyLoss,
            @Positive BigDecimal maxDrawdown,
            @Positive Integer maxOrdersPerMinute) {}
}
