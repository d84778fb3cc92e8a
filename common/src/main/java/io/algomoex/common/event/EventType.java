package io.algomoex.common.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event and command type. {@link #routingKey()} is both the JSON {@code type} field and the RabbitMQ routing
 * key.
 */
public enum EventType {
    CANDLES_STORED("market.candles.stored", Exchanges.EVENTS),
    CANDLE_CLOSED("market.candle.closed", Exchanges.EVENTS),
    BACKTEST_COMPLETED("backtest.completed", Exchanges.EVENTS),
    SWEEP_COMPLETED("sweep.completed", Exchanges.EVENTS),
    ORDER_SUBMITTED("trading.order.submitted", Exchanges.EVENTS),
    ORDER_FILLED("trading.order.filled", Exchanges.EVENTS),
    ORDER_REJECTED("trading.order.rejected", Exchanges.EVENTS),
    ORDER_CANCELLED("trading.order.cancelled", Exchanges.EVENTS),
    POSITION_CHANGED("trading.position.changed", Exchanges.EVENTS),
    PNL_UPDATED("trading.pnl.updated", Exchanges.EVENTS),
    RISK_BREACHED("trading.risk.breached", Exchanges.EVENTS),
    TRADING_HALTED("trading.halted", Exchanges.EVENTS),
    TRADING_RESUMED("trading.resumed", Exchanges.EVENTS),
    SERVICE_ERROR("service.error", Exchanges.EVENTS),
    HALT_TRADING("trading.halt", Exchanges.COMMANDS),
    RESUME_TRADING("trading.resume", Exchanges.COMMANDS);

    private final String routingKey;
    private final String exchange;

    EventType(String routingKey, String exchange) {
        this.routingKey = routingKey;
        this.exchange = exchange;
    }

    /** The routing key and JSON {@code type}, for example {@code market.candle.closed}. */
    public String routingKey() {
        return routingKey;
    }

    /** The exchange messages of this type are published to. */
    public String exchange() {
        return exchange;
    }

    public boolean isCommand() {
        return Exchanges.COMMANDS.equals(exchange);
    }

    public static Optional<EventType> fromRoutingKey(String routingKey) {
        return Arrays.stream(values())
                .filter(type -> type.routingKey.equals(routingKey))
                .findFirst();
    }

    @Override
    public String toString() {
        return routingKey;
    }
}
