package io.algomoex.common.event;

/** Names of the RabbitMQ exchanges every service agrees on. Both are durable topic exchanges. */
public final class Exchanges {

    /** Facts published by the services; the routing key is the event type, for example {@code trading.halted}. */
    public static final String EVENTS = "algo.events";

    /** Requests to a service, for example {@code trading.halt}; the routing key is the command type. */
    public static final String COMMANDS = "algo.commands";

    /** Work queue of sweep chunks shared by every backtest-service replica. */
    public static final String SWEEP_CHUNKS_QUEUE = "backtest.sweep.chunks";

    private Exchanges() {}
}
